/**
 * Wraps a raw transport into the typed Bridge: results and event payloads are validated on
 * receipt, so a view never renders data the contract does not describe.
 */
import type { Bridge, RawTransport } from './bridge.ts';
import { events, isEventName, type EventName, type EventPayload } from './events.ts';
import { describeIssues } from './issues.ts';
import { requests, type RequestName, type RequestOutput } from './requests.ts';
import { fail, ok, type Result } from './result.ts';
import { ServerFrameSchema } from './wire.ts';

const ResultFrame = ServerFrameSchema.options[0].shape.result;

export function createBridge(transport: RawTransport): Bridge {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  transport.subscribe((name, payload) => {
    if (!isEventName(name)) return;
    const parsed = events[name].schema.safeParse(payload);
    if (!parsed.success) return;
    for (const listener of listeners.get(name) ?? []) listener(parsed.data as never);
  });

  return {
    async invoke(name, input) {
      let raw: unknown;
      try {
        raw = await transport.invoke(name, input);
      } catch (error) {
        return fail('disconnected', `The app's engine could not be reached (${String(error)}).`);
      }
      const frame = ResultFrame.safeParse(raw);
      if (!frame.success)
        return fail('internal', 'The engine sent an answer this view cannot read.');
      if (!frame.data.ok) return { ok: false, error: frame.data.error } as Result<never>;
      const value = requests[name as RequestName].output.safeParse(frame.data.value);
      if (!value.success) {
        return fail(
          'internal',
          `The engine's answer to ${name} is malformed.`,
          describeIssues(value.error),
        );
      }
      return ok(value.data as RequestOutput<typeof name>);
    },
    subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
