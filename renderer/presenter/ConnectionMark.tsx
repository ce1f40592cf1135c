/**
 * A discreet mark in the corner of the room's screen while the connection to the app is down:
 * an icon and the word "Reconnecting". The room can read it, it does not alarm anyone, and it says
 * why the timers stand still (they freeze at the moment the connection dropped).
 */
import { RefreshCw } from 'lucide-react';
import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import styles from './ConnectionMark.module.css';

export function ConnectionMark() {
  const connection = useConnectionState();
  if (connection !== 'closed') return null;
  return (
    <aside className={styles.mark} aria-label="Connection">
      <RefreshCw className={styles.icon} aria-hidden="true" />
      <p role="status">Reconnecting</p>
    </aside>
  );
}
