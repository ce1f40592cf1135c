/**
 * The phone's connection to the host: with the session's join code while it picks a name, then
 * with its own token. The token is kept on the phone (local storage), so a phone that slept, lost
 * the Wi-Fi or reloaded the page comes back as the same participant by itself.
 */
import type { Bridge } from '../../shared/contract/bridge.ts';
import { createBridge } from '../../shared/contract/client.ts';
import { participantContract } from '../../shared/contract/participantContract.ts';
import { syncHostClock } from '../bridge/clockSync.ts';
import { createWebSocketTransport, type ConnectionState } from '../bridge/websocketTransport.ts';

export interface PhoneLink {
  bridge: Bridge;
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

const TOKEN_KEY = 'fc.participant.token';

export const savedToken = (): string | null => {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
};
export const saveToken = (token: string | null) => {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // A private window may refuse storage: the phone then rejoins after a reload.
  }
};

/** Opens the link with a join code or a token; `onRefused` when the host refuses it for good. */
export function openPhoneLink(
  by: { code: string } | { token: string },
  onRefused: (reason: string) => void,
): PhoneLink {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const query =
    'code' in by ? `code=${encodeURIComponent(by.code)}` : `device=${encodeURIComponent(by.token)}`;
  const transport = createWebSocketTransport(
    `${scheme}://${window.location.host}/ws/participant?${query}`,
    { onRefused },
  );
  const link = {
    bridge: createBridge(transport, participantContract),
    state: transport.state,
    onStateChange: transport.onStateChange,
    close: transport.close,
  };
  if ('token' in by) syncHostClock(link);
  return link;
}
