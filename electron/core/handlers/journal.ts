import { randomUUID } from 'node:crypto';
import type { Cohort, JournalEntry } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

function findEntry(cohort: Cohort, entryId: string): JournalEntry {
  const entry = cohort.journal.find((e) => e.id === entryId);
  if (entry) return entry;
  throw new RequestError(
    'not-found',
    `${cohort.name}'s journal has no such entry; it may have been removed.`,
  );
}

/** Refuses, in words, links to a member, session or commitments the cohort does not have. */
function checkLinks(
  cohort: Cohort,
  memberId: string,
  sessionId: string | undefined,
  commitmentIds: readonly string[],
): void {
  const member = cohort.members.find((m) => m.id === memberId);
  if (!member) throw new RequestError('not-found', `${cohort.name} has no such member.`);
  if (sessionId !== undefined && !cohort.sessions.some((s) => s.id === sessionId))
    throw new RequestError('not-found', `${cohort.name} has no such session.`);
  const theirs = new Set(
    cohort.sessions.flatMap((s) => s.commitments.filter((c) => c.ownerId === memberId)),
  );
  for (const commitmentId of commitmentIds)
    if (![...theirs].some((c) => c.id === commitmentId))
      throw new RequestError(
        'rejected',
        `A journal entry links only to ${member.name}'s own commitments.`,
      );
}

export const journalHandlers = ({ store }: CoreServices): HandlersOf<'journal'> => ({
  'journal.add': ({ cohortId, memberId, sessionId, prompt, text, shareable, commitmentIds }) =>
    store.update(cohortId, (cohort) => {
      checkLinks(cohort, memberId, sessionId, commitmentIds);
      const entry: JournalEntry = {
        id: randomUUID(),
        memberId,
        at: new Date().toISOString(),
        text,
        ...(sessionId ? { sessionId } : {}),
        ...(prompt ? { prompt } : {}),
        shareable,
        commitmentIds: [...new Set(commitmentIds)],
      };
      cohort.journal.push(entry);
      return entry;
    }),
  'journal.edit': ({ cohortId, entryId, prompt, text, shareable, commitmentIds }) =>
    store.update(cohortId, (cohort) => {
      const entry = findEntry(cohort, entryId);
      if (commitmentIds !== undefined)
        checkLinks(cohort, entry.memberId, entry.sessionId, commitmentIds);
      if (prompt !== undefined) {
        if (prompt) entry.prompt = prompt;
        else delete entry.prompt;
      }
      if (text !== undefined) entry.text = text;
      if (shareable !== undefined) entry.shareable = shareable;
      if (commitmentIds !== undefined) entry.commitmentIds = [...new Set(commitmentIds)];
      entry.editedAt = new Date().toISOString();
      return { ...entry };
    }),
  'journal.remove': ({ cohortId, entryId }) =>
    store.update(cohortId, (cohort) => {
      const entry = findEntry(cohort, entryId);
      const index = cohort.journal.indexOf(entry);
      cohort.journal.splice(index, 1);
      return { entry, index };
    }),
  'journal.restore': ({ cohortId, entry, index }) =>
    store.update(cohortId, (cohort) => {
      if (cohort.journal.some((e) => e.id === entry.id))
        throw new RequestError('conflict', 'That journal entry is already in the journal.');
      checkLinks(
        cohort,
        entry.memberId,
        entry.sessionId && cohort.sessions.some((s) => s.id === entry.sessionId)
          ? entry.sessionId
          : undefined,
        [],
      );
      cohort.journal.splice(Math.min(index, cohort.journal.length), 0, entry);
      return entry;
    }),
});
