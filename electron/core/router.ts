/**
 * The one generic router: validates a request against the contract, checks the caller's rights,
 * dispatches to the typed handler and returns a Result. Nothing a caller sends can make it throw.
 */
import {
  describeIssues,
  fail,
  isRequestName,
  ok,
  RequestError,
  requests,
  type ParsedInput,
  type RequestName,
  type RequestOutput,
  type Result,
} from '../../shared/contract/index.ts';

export interface CallContext {
  /** False for presenter and other read-only connections. */
  canCommand: boolean;
}

/** A request without a handler fails to compile. */
export type Handlers = {
  [K in RequestName]: (
    input: ParsedInput<K>,
    context: CallContext,
  ) => RequestOutput<K> | Promise<RequestOutput<K>>;
};

export type Router = (
  name: unknown,
  input: unknown,
  context: CallContext,
) => Promise<Result<unknown>>;

export function createRouter(
  handlers: Handlers,
  onInternalError?: (error: unknown) => void,
): Router {
  return async (name, input, context) => {
    if (typeof name !== 'string' || !isRequestName(name)) {
      return fail('unknown-request', `There is no request called ${JSON.stringify(name)}.`);
    }
    const spec = requests[name];
    if (spec.kind === 'command' && !context.canCommand) {
      return fail('read-only', 'This view is read-only: only the console can change the session.');
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return fail('invalid-input', issues[0] ?? `The ${name} request is malformed.`, issues);
    }
    try {
      const handler = handlers[name] as (input: unknown, context: CallContext) => unknown;
      return ok(await handler(parsed.data, context));
    } catch (error) {
      if (error instanceof RequestError) return fail(error.code, error.message, error.issues);
      onInternalError?.(error);
      return fail('internal', `Something went wrong while handling ${name}: ${messageOf(error)}`);
    }
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
