/**
 * Wraps a raw transport into the typed Bridge: results and event payloads are validated on
 * receipt, so a view never renders data the contract does not describe. The page's own contract
 * says which requests and events it knows; one outside it is refused without reaching the host.
 */
import type { Bridge, RawTransport } from './bridge.ts';
import type { EventName, EventPayload } from './events.ts';
import { describeIssues } from './issues.ts';
import type { RequestOutput } from './requests.ts';
import { fail, ok, type Result } from './result.ts';
import type { ViewContract } from './viewContract.ts';
import { ServerFrameSchema } from './wire.ts';

const ResultFrame = ServerFrameSchema.options[0].shape.result;
const own = (table: object, name: string) => Object.prototype.hasOwnProperty.call(table, name);

export function createBridge(transport: RawTransport, contract: ViewContract): Bridge {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  transport.subscribe((name, payload) => {
    if (!own(contract.events, name)) return;
    const known = name as EventName;
    const parsed = contract.events[known]!.schema.safeParse(payload);
    if (!parsed.success) return;
    for (const listener of listeners.get(known) ?? []) listener(parsed.data as never);
  });

  return {
    async invoke(name, input) {
      const spec = own(contract.requests, name) ? contract.requests[name] : undefined;
      if (!spec) return fail('unknown-request', `This screen cannot ask for ${name}.`);
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
      const value = spec.output.safeParse(frame.data.value);
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
