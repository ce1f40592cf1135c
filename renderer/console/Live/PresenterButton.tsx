/**
 * Puts the presenter on the projector: the desktop app opens its presenter window on the external
 * display; in a browser, a new window the facilitator drags to the projector.
 */
import { actionHint, shellKeyAction } from '../../../shared/actions/liveActions.ts';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import buttons from '../../ui/Button/Button.module.css';
import { PRESENTER_WINDOW } from '../Shell/presenterWindow.ts';

const HINT = actionHint(shellKeyAction('show-presenter'));

export function PresenterButton() {
  const showPresenter = useCommand('shell.showPresenter').run;
  const info = useAppInfo();
  if (!info) return null;
  const { presenterPath } = info;
  if (info.capabilities.showPresenter) {
    return (
      <button
        type="button"
        className={buttons.small}
        title={HINT}
        onClick={() => void showPresenter({})}
      >
        Show presenter
      </button>
    );
  }
  if (!presenterPath) return null;
  return (
    <a
      className={buttons.small}
      href={presenterPath}
      target={PRESENTER_WINDOW}
      rel="noopener"
      title={HINT}
    >
      Open presenter window
    </a>
  );
}
