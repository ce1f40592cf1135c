import type { ReactNode } from 'react';
import { useConnectionState } from '../../bridge/ConnectionContext.tsx';
import { AppMark } from '../../ui/AppMark/AppMark.tsx';
import { hrefFor } from './route.ts';
import styles from './shell.module.css';

export function TopBar({ children }: { children?: ReactNode }) {
  const connection = useConnectionState();
  return (
    <header className={styles.topbar}>
      <a className={styles.topbarBrand} href={hrefFor({ screen: 'home' })}>
        <AppMark size={26} />
        <span>Facilitator Console</span>
      </a>
      <div className={styles.topbarMiddle}>{children}</div>
      <a
        className={styles.topbarSettings}
        href={hrefFor({ screen: 'settings' })}
        aria-label="Settings"
        title="Settings: library folder, about"
      >
        <svg viewBox="0 0 24 24" width="17" height="17" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.43 12.98c.04-.32.07-.64.07-.98s-.03-.66-.07-.98l2.11-1.65a.5.5 0 0 0 .12-.64l-2-3.46a.5.5 0 0 0-.61-.22l-2.49 1a7.3 7.3 0 0 0-1.69-.98l-.38-2.65A.49.49 0 0 0 14 2h-4a.49.49 0 0 0-.49.42l-.38 2.65c-.61.25-1.17.59-1.69.98l-2.49-1a.5.5 0 0 0-.61.22l-2 3.46a.49.49 0 0 0 .12.64l2.11 1.65c-.04.32-.07.65-.07.98s.03.66.07.98l-2.11 1.65a.5.5 0 0 0-.12.64l2 3.46c.12.22.39.3.61.22l2.49-1c.52.4 1.08.73 1.69.98l.38 2.65c.03.24.24.42.49.42h4c.25 0 .46-.18.49-.42l.38-2.65c.61-.25 1.17-.59 1.69-.98l2.49 1c.23.09.49 0 .61-.22l2-3.46a.5.5 0 0 0-.12-.64l-2.11-1.65ZM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7Z"
          />
        </svg>
      </a>
      {connection !== 'open' ? (
        <p className={styles.topbarConnection} role="status">
          {connection === 'connecting'
            ? 'Connecting to the app…'
            : 'Connection lost — reconnecting…'}
        </p>
      ) : null}
    </header>
  );
}
