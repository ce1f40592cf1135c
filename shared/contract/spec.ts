import type { z } from 'zod';

export interface RequestSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'command' | 'query';
  input: I;
  output: O;
}

/** A request that changes something; refused for read-only views. */
export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'command', input, output }) as const satisfies RequestSpec<I, O>;

/** A request that only reads. */
export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'query', input, output }) as const satisfies RequestSpec<I, O>;
