/**
 * Chooses the transport at start-up: the Electron preload's API when it is there, otherwise the
 * browser host's WebSocket, authorised by the page's token (renderer/bridge/pageToken.ts).
 */
// Not the contract's index: a page loads only the schemas of the contract it is handed.
import { BRIDGE_GLOBAL, type Bridge, type RawTransport } from '../../shared/contract/bridge.ts';
import { createBridge } from '../../shared/contract/client.ts';
import type { ViewContract } from '../../shared/contract/viewContract.ts';
import type { PreloadApi } from '../../shared/contract/shell.ts';
import { hostClockFrozen, hostNow } from '../ui/clock/hostClock.ts';
import { syncHostClock } from './clockSync.ts';
import { takePageToken } from './pageToken.ts';
import { createWebSocketTransport, type ConnectionState } from './websocketTransport.ts';

export interface Connection {
  bridge: Bridge;
  host: 'electron' | 'browser';
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  /** A handle to open a dropped file with; only the desktop app can tell where it lives. */
  handleOfFile?: (file: File) => Promise<string>;
}

/** What this view believes the host's clock says: read by `npm run bench` to measure its error. */
export interface HostClockProbe {
  now(): number;
  frozen(): boolean;
}

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: RawTransport & Partial<Pick<PreloadApi, 'files'>>;
    readonly hostClockProbe?: HostClockProbe;
  }
}

/**
 * Connects to the host with the page's own contract (what it may ask and receive), and keeps this
 * view's estimate of the host's clock for the page's life.
 */
export function connect(contract: ViewContract): Connection {
  const connection = open(contract);
  syncHostClock(connection);
  const probe: HostClockProbe = Object.freeze({ now: hostNow, frozen: hostClockFrozen });
  Object.defineProperty(window, 'hostClockProbe', { value: probe });
  return connection;
}

function open(contract: ViewContract): Connection {
  const preload = window[BRIDGE_GLOBAL];
  if (preload) {
    return {
      bridge: createBridge(preload, contract),
      host: 'electron',
      state: () => 'open',
      onStateChange: () => () => undefined,
      ...(preload.files ? { handleOfFile: (file: File) => preload.files!.handleOf(file) } : {}),
    };
  }
  const token = takePageToken();
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const transport = createWebSocketTransport(
    `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
  );
  return {
    bridge: createBridge(transport, contract),
    host: 'browser',
    state: transport.state,
    onStateChange: transport.onStateChange,
  };
}
