import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Bridge } from '../../shared/contract/index.ts';
import type { Connection } from './connect.ts';
import type { ConnectionState } from './websocketTransport.ts';

const ConnectionContext = createContext<Connection | null>(null);

export function ConnectionProvider({
  connection,
  children,
}: {
  connection: Connection;
  children: ReactNode;
}) {
  return <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>;
}

function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useBridge needs a ConnectionProvider above it.');
  return connection;
}

export const useBridge = (): Bridge => useConnection().bridge;

export const useHandleOfFile = (): Connection['handleOfFile'] => useConnection().handleOfFile;

export function useConnectionState(): ConnectionState {
  const connection = useConnection();
  // An external store: no update is missed between the first render and the subscription.
  return useSyncExternalStore(connection.onStateChange, connection.state);
}
