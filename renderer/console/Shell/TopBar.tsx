import type { ReactNode } from 'react';
import { Settings } from 'lucide-react';
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
        title="Settings: library folder, theme, about"
      >
        <Settings size={17} />
      </a>
      {connection === 'connecting' ? (
        <p className={styles.topbarConnection} role="status">
          Connecting to the app…
        </p>
      ) : null}
    </header>
  );
}
