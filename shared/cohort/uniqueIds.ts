/**
 * Ids must be unique where things refer to them: within each list, and across the whole cohort for
 * notes and commitments (progress updates point at commitments from later sessions). A duplicate
 * is a schema problem: the file is shown as damaged, never silently "fixed".
 */
import type { Cohort } from './schema.ts';

export interface DuplicateId {
  path: (string | number)[];
  id: string;
}

type WithId = { id: string };

function firstDuplicate(
  items: readonly WithId[],
  seen: Set<string>,
  at: (index: number) => (string | number)[],
): DuplicateId | undefined {
  for (let index = 0; index < items.length; index += 1) {
    const id = items[index]!.id;
    if (seen.has(id)) return { path: [...at(index), 'id'], id };
    seen.add(id);
  }
  return undefined;
}

/** The first id used twice, with its place, or undefined. */
export function findDuplicateId(cohort: Cohort): DuplicateId | undefined {
  const inList = (items: readonly WithId[], at: (index: number) => (string | number)[]) =>
    firstDuplicate(items, new Set(), at);
  const notes = new Set<string>();
  const commitments = new Set<string>();
  const found =
    inList(cohort.members, (i) => ['members', i]) ??
    inList(cohort.sessions, (i) => ['sessions', i]) ??
    inList(cohort.journal, (i) => ['journal', i]) ??
    inList(cohort.agendaTemplate ?? [], (i) => ['agendaTemplate', i]) ??
    inList(cohort.questionBank?.categories ?? [], (i) => ['questionBank', 'categories', i]) ??
    inList(cohort.questionBank?.questions ?? [], (i) => ['questionBank', 'questions', i]);
  if (found) return found;
  for (let s = 0; s < cohort.sessions.length; s += 1) {
    const session = cohort.sessions[s]!;
    const inSession =
      inList(session.attendance, (i) => ['sessions', s, 'attendance', i]) ??
      inList(session.agenda, (i) => ['sessions', s, 'agenda', i]) ??
      inList(session.challenges, (i) => ['sessions', s, 'challenges', i]) ??
      inList(session.progressUpdates, (i) => ['sessions', s, 'progressUpdates', i]) ??
      firstDuplicate(session.notes, notes, (i) => ['sessions', s, 'notes', i]) ??
      firstDuplicate(session.commitments, commitments, (i) => ['sessions', s, 'commitments', i]);
    if (inSession) return inSession;
  }
  return undefined;
}
