/**
 * While the connection to the app is down (the browser host restarting, the laptop asleep), a
 * banner across the console says so, and that keys and buttons do nothing until it is back: the
 * console refuses them in words rather than keep them for later. It goes by itself on reconnecting.
 */
import { RefreshCw } from 'lucide-react';
import { useConnectionState } from '../../bridge/ConnectionContext.tsx';
import styles from './shell.module.css';

const OFFLINE_TITLE = 'Connection to the app lost — reconnecting…';

export function ConnectionBanner() {
  const connection = useConnectionState();
  if (connection !== 'closed') return null;
  return (
    <div className={styles.connectionBanner} role="alert" aria-label="Connection lost">
      <RefreshCw className={styles.connectionBannerIcon} size={18} aria-hidden="true" />
      <div>
        <p className={styles.connectionBannerTitle}>{OFFLINE_TITLE}</p>
        <p className={styles.connectionBannerMessage}>
          Keys and buttons do nothing until it is back; everything the app already accepted is
          saved. Timers stand still meanwhile.
        </p>
      </div>
    </div>
  );
}
