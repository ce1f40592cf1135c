/** The learning journal through the core: entries added, edited, removed and put back, and refused in words. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreHost } from '../../../electron/core/host.ts';
import { tempCore } from './tempCore.ts';

const console = { role: 'console' } as const;
let core: CoreHost;
let done: () => Promise<void>;
let cohortId: string;

beforeEach(async () => {
  ({ core, done } = await tempCore('fc-journal'));
  const created = await core.router('cohort.create', { name: 'Circle' }, console);
  if (!created.ok) throw new Error(created.error.message);
  cohortId = (created.value as { id: string }).id;
  await core.services.store.update(cohortId, (cohort) => {
    cohort.members.push(
      { id: 'ana', name: 'Ana', role: '', strengths: [], archived: false },
      { id: 'ben', name: 'Ben', role: '', strengths: [], archived: false },
    );
    cohort.sessions.push({
      id: 's1',
      date: '2026-11-10',
      title: '',
      attendance: [],
      roles: {},
      agenda: [],
      challenges: [],
      runLog: [],
      notes: [],
      commitments: [
        {
          id: 'c-ana',
          ownerId: 'ana',
          text: 'Send the draft to two readers by Friday',
          dueDate: '2026-11-20',
          createdAt: '2026-11-10T10:00:00.000Z',
          status: 'open',
        },
        {
          id: 'c-ben',
          ownerId: 'ben',
          text: 'Book the usability room by Monday',
          dueDate: '2026-11-16',
          createdAt: '2026-11-10T10:00:00.000Z',
          status: 'open',
        },
      ],
      progressUpdates: [],
      askCounts: {},
      airtime: [],
    });
  });
});
afterEach(() => done());

const journal = async () => {
  const got = await core.router('cohort.get', { cohortId }, console);
  if (!got.ok) throw new Error(got.error.message);
  return (got.value as { journal: { id: string; text: string; shareable: boolean }[] }).journal;
};

describe('the learning journal', () => {
  it('keeps an entry private by default, with its prompt, session and commitments', async () => {
    const added = await core.router(
      'journal.add',
      {
        cohortId,
        memberId: 'ana',
        sessionId: 's1',
        prompt: 'What did I learn from others today?',
        text: '  Ask for the smallest next step.  ',
        commitmentIds: ['c-ana', 'c-ana'],
      },
      console,
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value).toMatchObject({
      memberId: 'ana',
      sessionId: 's1',
      prompt: 'What did I learn from others today?',
      text: 'Ask for the smallest next step.',
      shareable: false,
      commitmentIds: ['c-ana'],
    });
    expect(await journal()).toHaveLength(1);
  });

  it('edits the words, the prompt and whether it is shareable', async () => {
    const added = await core.router(
      'journal.add',
      { cohortId, memberId: 'ana', prompt: 'What will I try before next session?', text: 'One' },
      console,
    );
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as { id: string }).id;
    const edited = await core.router(
      'journal.edit',
      { cohortId, entryId: id, text: 'Two', shareable: true, prompt: '' },
      console,
    );
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.value).toMatchObject({ text: 'Two', shareable: true });
    expect(edited.value).not.toHaveProperty('prompt');
    expect(edited.value).toHaveProperty('editedAt');
  });

  it('removes an entry and puts it back where it was', async () => {
    const ids: string[] = [];
    for (const text of ['First', 'Second', 'Third']) {
      const added = await core.router('journal.add', { cohortId, memberId: 'ana', text }, console);
      if (!added.ok) throw new Error(added.error.message);
      ids.push((added.value as { id: string }).id);
    }
    const removed = await core.router('journal.remove', { cohortId, entryId: ids[1] }, console);
    if (!removed.ok) throw new Error(removed.error.message);
    const taken = removed.value as { entry: unknown; index: number };
    expect((await journal()).map((e) => e.text)).toEqual(['First', 'Third']);
    expect(taken.index).toBe(1);
    const restored = await core.router('journal.restore', { cohortId, ...taken }, console);
    expect(restored.ok).toBe(true);
    expect((await journal()).map((e) => e.text)).toEqual(['First', 'Second', 'Third']);
    const twice = await core.router('journal.restore', { cohortId, ...taken }, console);
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses, in words, an empty entry, a stranger, a missing session or another’s commitment', async () => {
    const empty = await core.router(
      'journal.add',
      { cohortId, memberId: 'ana', text: '   ' },
      console,
    );
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!empty.ok && empty.error.message).toContain('A journal entry needs some words.');
    const stranger = await core.router(
      'journal.add',
      { cohortId, memberId: 'zed', text: 'Hello' },
      console,
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const session = await core.router(
      'journal.add',
      { cohortId, memberId: 'ana', sessionId: 'nope', text: 'Hello' },
      console,
    );
    expect(session).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const theirs = await core.router(
      'journal.add',
      { cohortId, memberId: 'ana', text: 'Hello', commitmentIds: ['c-ben'] },
      console,
    );
    expect(theirs).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!theirs.ok && theirs.error.message).toBe(
      "A journal entry links only to Ana's own commitments.",
    );
    expect(await journal()).toEqual([]);
  });

  it('is out of the presenter’s reach', async () => {
    const presenter = await core.router(
      'journal.add',
      { cohortId, memberId: 'ana', text: 'Hello' },
      { role: 'presenter' },
    );
    // The room's screen only reads; it cannot write a journal, nor read the cohort that holds one.
    expect(presenter).toMatchObject({ ok: false, error: { code: 'read-only' } });
    const read = await core.router('cohort.get', { cohortId }, { role: 'presenter' });
    expect(read).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
