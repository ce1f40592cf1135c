/**
 * The one generic router: validates a request against the contract, checks that the caller's role
 * is in the request's audience, dispatches to the typed handler and returns a Result. Nothing a
 * caller sends can make it throw.
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
  type RequestPrefix,
  type RequestsOf,
  type Result,
  type Role,
} from '../../shared/contract/index.ts';

export interface CallContext {
  /** Who is calling: the console, the presenter, a participant. */
  role: Role;
  /** A participant's personal token, from the connection that phone opened with it. */
  deviceToken?: string | undefined;
}

type Handler<K extends RequestName> = (
  input: ParsedInput<K>,
  context: CallContext,
) => RequestOutput<K> | Promise<RequestOutput<K>>;

/** A request without a handler fails to compile. */
export type Handlers = { [K in RequestName]: Handler<K> };

/** The handlers of one prefix: electron/core/handlers/<prefix>.ts exports exactly these. */
export type HandlersOf<P extends RequestPrefix> = { [K in RequestsOf<P>]: Handler<K> };

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
    if (!(spec.audience as readonly Role[]).includes(context.role))
      return refusal(context.role, spec.kind);
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

/** The presenter changes nothing, so its commands are `read-only`; anything else outside its reach is `forbidden`. */
function refusal(role: Role, kind: 'command' | 'query'): Result<never> {
  if (kind === 'command' && role === 'presenter') {
    return fail('read-only', 'This view is read-only: only the console can change the session.');
  }
  return fail(
    'forbidden',
    `The ${role} view cannot ask for that: it is not meant for this screen.`,
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
