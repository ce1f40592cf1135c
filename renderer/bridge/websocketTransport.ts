/**
 * The browser host's transport: the contract over one WebSocket, reconnecting when the host
 * restarts (renderer/bridge/reconnect.ts). A request made while the connection is down is refused
 * at once, in words, rather than kept to be sent later: a key pressed into the void must not come
 * back to life minutes afterwards, and the facilitator has to know it did nothing.
 */
import type { RawTransport } from '../../shared/contract/bridge.ts';
import { fail } from '../../shared/contract/result.ts';
import { ServerFrameSchema } from '../../shared/contract/wire.ts';
import { reconnectDelayMs } from './reconnect.ts';

/** `connecting` until the first connection opens; `closed` from a drop until one opens again. */
export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WebSocketTransport extends RawTransport {
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  /** Closes the connection for good: no reconnecting. */
  close(): void;
}

/** A request unanswered this long finds the connection dead, even if the socket has not said so. */
export const REQUEST_TIMEOUT_MS = 15_000;

export const OFFLINE_MESSAGE =
  'Not connected to the app: it is reconnecting. Nothing was changed; try again once it is back.';

/** Close codes 4400–4499: the host refuses this connection for good (a phone removed, a code closed). */
const refusedForGood = (code: number) => code >= 4400 && code < 4500;

export interface TransportOptions {
  /** The host closed the connection for good, with its reason in words: no reconnecting. */
  onRefused?: (reason: string) => void;
}

export function createWebSocketTransport(
  url: string,
  options: TransportOptions = {},
): WebSocketTransport {
  let refused = false;
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let attempt = 0;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; timer: ReturnType<typeof setTimeout> }
  >();
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  /** The connection is gone (closed, or not answering): answer what waits, try again later. */
  const lost = (which: WebSocket) => {
    if (which !== socket) return;
    socket = null;
    setState('closed');
    // Requests already sent may never be answered by the old connection.
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      waiting.resolve(fail('disconnected', 'The connection to the app was lost; try again.'));
      pending.delete(id);
    }
    if (!refused) setTimeout(connect, reconnectDelayMs(attempt++));
  };

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      if (ws !== socket) return;
      attempt = 0;
      setState('open');
    });
    ws.addEventListener('message', (message) => {
      if (ws !== socket) return;
      let raw: unknown;
      try {
        raw = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const frame = ServerFrameSchema.safeParse(raw);
      if (!frame.success) return;
      if (frame.data.type === 'event') {
        for (const listener of eventListeners) listener(frame.data.name, frame.data.payload);
        return;
      }
      const waiting = pending.get(frame.data.id);
      if (!waiting) return;
      pending.delete(frame.data.id);
      clearTimeout(waiting.timer);
      waiting.resolve(frame.data.result);
    });
    // A first connection that never opened is as lost as a dropped one.
    ws.addEventListener('close', (event) => {
      if (refusedForGood(event.code) && options.onRefused) {
        refused = true;
        options.onRefused(event.reason);
      }
      lost(ws);
    });
  };
  connect();

  return {
    invoke(name, input) {
      const ws = socket;
      if (state !== 'open' || ws?.readyState !== WebSocket.OPEN) {
        return Promise.resolve(fail('disconnected', OFFLINE_MESSAGE));
      }
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(fail('disconnected', 'The app did not answer in time.'));
          // A socket that takes a request and never answers is dead without knowing it.
          lost(ws);
          ws.close();
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        ws.send(JSON.stringify({ type: 'invoke', id, name, input }));
      });
    },
    subscribe(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    state: () => state,
    onStateChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {
      refused = true;
      socket?.close(1000);
    },
  };
}
