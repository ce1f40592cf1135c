/**
 * The rotating roles of a session (DOMAIN.md, [003]): facilitator, note-taker, data reporter and
 * timekeeper,
 * declared once with what each is called and does. The words are a Record over the roles, so a new
 * role fails to compile until it has them.
 */
import { z } from 'zod';

export const RoleNameSchema = z.enum(['facilitator', 'note-taker', 'data-reporter', 'timekeeper']);
export type RoleName = z.infer<typeof RoleNameSchema>;
export const ROLE_NAMES: readonly RoleName[] = RoleNameSchema.options;

export interface RoleWords {
  label: string;
  /** What the person in the role does this session. */
  hint: string;
}

export const ROLE_WORDS: Record<RoleName, RoleWords> = {
  facilitator: { label: 'Facilitator', hint: 'Keeps time and the protocol' },
  'note-taker': { label: 'Note-taker', hint: 'Captures notes and commitments' },
  'data-reporter': { label: 'Data reporter', hint: 'Reports attendance and follow-through' },
  timekeeper: { label: 'Timekeeper', hint: 'Calls the time on each turn and segment' },
};
