import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
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

export function useConnectionState(): ConnectionState {
  const connection = useConnection();
  const [state, setState] = useState(connection.state());
  useEffect(() => {
    const unsubscribe = connection.onStateChange(setState);
    // The socket may have opened between the first render and this subscription.
    setState(connection.state());
    return unsubscribe;
  }, [connection]);
  return state;
}
