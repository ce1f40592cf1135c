/**
 * One WebSocket connection: frames in, validated and routed as the connection's role; results and
 * the events of that role's audience out. A connection that stops reading is closed once its send
 * buffer passes a bound (its view reconnects and asks for the current state), and one that stops
 * answering pings is closed within two heartbeats, so no connection holds the host's memory.
 */
import type { WebSocket } from 'ws';
import { ClientFrameSchema, fail, type ServerFrame } from '../../shared/contract/index.ts';
import type { CoreHost } from '../core/host.ts';
import type { CallContext } from '../core/router.ts';

export interface ConnectionLimits {
  /** Bytes waiting to be sent past which the connection is closed. */
  maxBufferedBytes: number;
  /** How often the host pings; a connection that missed the last ping is closed. */
  heartbeatMs: number;
}

export function attachConnection(
  ws: WebSocket,
  core: CoreHost,
  context: CallContext,
  limits: ConnectionLimits,
): void {
  const sendText = (text: string) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > limits.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(text);
  };
  const send = (frame: ServerFrame) => sendText(JSON.stringify(frame));
  const disconnect = core.broadcaster.connect(context.role, (event) => sendText(event.frame()));
  // A phone with its token hears its own view, and is closed when the token is revoked.
  const unwatch = context.deviceToken
    ? core.services.joins.watch(
        context.deviceToken,
        (view) => send({ type: 'event', name: 'participant.view', payload: view }),
        (reason) => ws.close(4403, reason.slice(0, 120)),
      )
    : () => undefined;

  let alive = true;
  ws.on('pong', () => (alive = true));
  const heartbeat = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, limits.heartbeatMs);
  heartbeat.unref();

  ws.on('message', (data, isBinary) => {
    let raw: unknown;
    try {
      raw = isBinary ? undefined : JSON.parse(String(data));
    } catch {
      raw = undefined;
    }
    const frame = ClientFrameSchema.safeParse(raw);
    if (!frame.success) {
      const id = (raw as { id?: unknown } | undefined)?.id;
      if (typeof id === 'number') {
        send({
          type: 'result',
          id,
          result: fail('invalid-input', 'The message is not a valid request frame.'),
        });
      }
      return;
    }
    void core
      .router(frame.data.name, frame.data.input, context)
      .then((result) => send({ type: 'result', id: frame.data.id, result }));
  });
  const stop = () => {
    clearInterval(heartbeat);
    disconnect();
    unwatch();
  };
  ws.on('close', stop);
  ws.on('error', stop);
}
