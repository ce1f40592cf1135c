/**
 * One WebSocket connection: frames in, validated and routed as the connection's role; results and
 * the events of that role's audience out.
 */
import type { WebSocket } from 'ws';
import { ClientFrameSchema, fail, type ServerFrame } from '../../shared/contract/index.ts';
import type { CoreHost } from '../core/host.ts';
import type { CallContext } from '../core/router.ts';

export function attachConnection(ws: WebSocket, core: CoreHost, context: CallContext): void {
  const send = (frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const disconnect = core.broadcaster.connect(context.role, (event) => {
    if (ws.readyState === ws.OPEN) ws.send(event.frame());
  });

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
  ws.on('close', disconnect);
  ws.on('error', disconnect);
}
