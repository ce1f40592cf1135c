/**
 * How the speaker queue picks who speaks next, declared once: the schema the live state and the
 * queue command validate with, and the name and hint the floor panel shows for each mode. A new
 * mode fails to compile until it has them.
 */
import { z } from 'zod';

/** In the order the floor panel offers them. */
export const QueueModeSchema = z.enum(['round', 'hands', 'balanced']);
export type QueueMode = z.infer<typeof QueueModeSchema>;
export const QUEUE_MODES: readonly QueueMode[] = QueueModeSchema.options;

export const QUEUE_MODE_WORDS: Record<QueueMode, { label: string; hint: string }> = {
  round: { label: 'Round', hint: 'Around the room in seating order' },
  hands: { label: 'Hands', hint: 'First come, first served' },
  balanced: { label: 'Balanced', hint: 'Least airtime first' },
};
