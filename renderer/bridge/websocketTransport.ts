/**
 * The browser host's transport: the contract over one WebSocket, reconnecting when the host
 * restarts. Requests sent while disconnected wait for the connection rather than fail at once.
 */
import { fail, ServerFrameSchema, type RawTransport } from '../../shared/contract/index.ts';

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WebSocketTransport extends RawTransport {
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
}

const REQUEST_TIMEOUT_MS = 15_000;

export function createWebSocketTransport(url: string): WebSocketTransport {
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let retryMs = 250;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; timer: ReturnType<typeof setTimeout> }
  >();
  const outbox: string[] = [];
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();

  const setState = (next: ConnectionState) => {
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  const connect = () => {
    setState('connecting');
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      retryMs = 250;
      setState('open');
      for (const frame of outbox.splice(0)) socket?.send(frame);
    });
    socket.addEventListener('message', (message) => {
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
    socket.addEventListener('close', () => {
      setState('closed');
      // Requests already sent may never be answered by the old connection.
      for (const [id, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.resolve(fail('disconnected', 'The connection to the app was lost; try again.'));
        pending.delete(id);
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    });
  };
  connect();

  return {
    invoke(name, input) {
      const id = nextId++;
      const frame = JSON.stringify({ type: 'invoke', id, name, input });
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(fail('disconnected', 'The app did not answer in time.'));
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        if (state === 'open' && socket?.readyState === WebSocket.OPEN) socket.send(frame);
        else outbox.push(frame);
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
  };
}
