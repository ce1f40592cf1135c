/** How an event is declared: its payload's schema and the roles whose connections receive it. */
import type { z } from 'zod';
import type { Role } from './spec.ts';

export interface EventSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  audience: readonly Role[];
}

export const event = <S extends z.ZodType>(schema: S, audience: readonly Role[]) =>
  ({ schema, audience }) satisfies EventSpec<S>;
