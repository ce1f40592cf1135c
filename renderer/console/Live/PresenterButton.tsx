/**
 * Puts the presenter on the projector: the desktop app opens its presenter window on the external
 * display; in a browser, a new window the facilitator drags to the projector.
 */
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import buttons from '../../ui/Button/Button.module.css';

export function PresenterButton() {
  const showPresenter = useCommand('shell.showPresenter').run;
  const info = useAppInfo();
  if (!info) return null;
  const { presenterPath } = info;
  if (info.capabilities.showPresenter) {
    return (
      <button type="button" className={buttons.small} onClick={() => void showPresenter({})}>
        Show presenter
      </button>
    );
  }
  if (!presenterPath) return null;
  return (
    <a className={buttons.small} href={presenterPath} target="facilitator-presenter" rel="noopener">
      Open presenter window
    </a>
  );
}
