import type { ReactNode } from 'react';
import { useConnectionState } from '../../bridge/ConnectionContext.tsx';
import { AppMark } from '../../ui/AppMark/AppMark.tsx';
import { hrefFor } from './route.ts';

export function TopBar({ children }: { children?: ReactNode }) {
  const connection = useConnectionState();
  return (
    <header className="topbar">
      <a className="topbar__brand" href={hrefFor({ screen: 'home' })}>
        <AppMark size={26} />
        <span>Facilitator Console</span>
      </a>
      <div className="topbar__middle">{children}</div>
      {connection !== 'open' ? (
        <p className="topbar__connection" role="status">
          {connection === 'connecting'
            ? 'Connecting to the app…'
            : 'Connection lost — reconnecting…'}
        </p>
      ) : null}
    </header>
  );
}
