import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import { AppMark } from '../ui/AppMark/AppMark.tsx';
import './presenter.css';

/** The projected view before a session starts: calm, readable from the back of the room. */
export function PresenterApp() {
  const connection = useConnectionState();
  return (
    <main className="presenter-idle" aria-label="Presenter">
      <AppMark size={72} />
      <h1>Welcome</h1>
      <p>The session will begin shortly.</p>
      {connection !== 'open' ? <p className="presenter-idle__status">Connecting…</p> : null}
    </main>
  );
}
