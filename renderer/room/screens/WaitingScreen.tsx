/** Before a session is opened, or after it ended: the app's mark and a welcome. */
import { AppMark } from '../../ui/AppMark/AppMark.tsx';

export function WaitingScreen({ connecting }: { connecting: boolean }) {
  return (
    <div className="room-idle">
      <AppMark size={72} />
      <h1>Welcome</h1>
      <p>The session will begin shortly.</p>
      {connecting ? <p className="room-idle__status">Connecting…</p> : null}
    </div>
  );
}
