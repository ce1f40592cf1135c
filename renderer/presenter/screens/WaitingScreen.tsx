/** Before the session runs, or after it ended: the app's mark and a welcome. */
import { AppMark } from '../../ui/AppMark/AppMark.tsx';

export function WaitingScreen({ connecting }: { connecting: boolean }) {
  return (
    <main className="presenter-idle" aria-label="Presenter">
      <AppMark size={72} />
      <h1>Welcome</h1>
      <p>The session will begin shortly.</p>
      {connecting ? <p className="presenter-idle__status">Connecting…</p> : null}
    </main>
  );
}
