/** Frames of the WebSocket transport. Both ends parse what they receive with these schemas. */
import { z } from 'zod';
import { MAX_LENGTH } from '../vocabulary/limits.ts';

export const ClientFrameSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().min(0),
  name: z.string().max(MAX_LENGTH.commandName),
  input: z.unknown(),
});
export type ClientFrame = z.infer<typeof ClientFrameSchema>;

const ContractErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.string()).optional(),
});

export const ServerFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: ContractErrorSchema }),
    ]),
  }),
  z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof ServerFrameSchema>;
