/** What crosses the boundary in answer to a request: a value, or an error in words. Never a throw. */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-request',
  'read-only',
  /** The caller's role is outside the request's audience (a presenter asking for a cohort). */
  'forbidden',
  'not-found',
  'file-error',
  'conflict',
  'rejected',
  'disconnected',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  /** A sentence a facilitator can read. */
  message: string;
  /** Where the input was wrong, one line per problem, for forms. */
  issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: ErrorCode,
  message: string,
  issues?: string[],
): Result<T> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown by a handler for an expected refusal; the router turns it into a failed Result. */
export class RequestError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: string[]) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
    this.issues = issues;
  }
}
