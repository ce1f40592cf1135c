/**
 * Chooses the transport at start-up: the Electron preload's API when it is there, otherwise the
 * browser host's WebSocket, authorised by the token in the page's address.
 */
import {
  BRIDGE_GLOBAL,
  createBridge,
  type Bridge,
  type RawTransport,
} from '../../shared/contract/index.ts';
import { createWebSocketTransport, type ConnectionState } from './websocketTransport.ts';

export interface Connection {
  bridge: Bridge;
  host: 'electron' | 'browser';
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
}

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: RawTransport;
  }
}

export function connect(): Connection {
  const preload = window[BRIDGE_GLOBAL];
  if (preload) {
    return {
      bridge: createBridge(preload),
      host: 'electron',
      state: () => 'open',
      onStateChange: () => () => undefined,
    };
  }
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const transport = createWebSocketTransport(
    `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
  );
  return {
    bridge: createBridge(transport),
    host: 'browser',
    state: transport.state,
    onStateChange: transport.onStateChange,
  };
}
