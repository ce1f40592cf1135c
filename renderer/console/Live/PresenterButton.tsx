/**
 * Puts the presenter on the projector: the desktop app opens its presenter window on the external
 * display; in a browser, a new window the facilitator drags to the projector.
 */
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import buttons from '../../ui/Button/Button.module.css';

export function PresenterButton() {
  const bridge = useBridge();
  const info = useAppInfo();
  if (!info) return null;
  const { presenterPath } = info;
  if (info.capabilities.showPresenter) {
    return (
      <button
        type="button"
        className={buttons.small}
        onClick={() => void bridge.invoke('shell.showPresenter', {})}
      >
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
