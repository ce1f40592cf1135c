/**
 * 'notes.search' through the core: the index follows the notes a live session takes, edits and
 * removes, a member renamed, and a change made to the file elsewhere, without being rebuilt.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreHost } from '../../../electron/core/host.ts';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { RequestInput, RequestName, RequestOutput } from '../../../shared/contract/index.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { tempCore } from './tempCore.ts';

const consoleRole = { role: 'console' } as const;
let core: CoreHost;
let done: () => Promise<void>;
let cohortId: string;
let sessionId: string;

async function call<K extends RequestName>(name: K, input: RequestInput<K>) {
  const result = await core.router(name, input, consoleRole);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as RequestOutput<K>;
}
const search = (query: string) => call('notes.search', { cohortId, query });
const texts = async (query: string) => (await search(query)).hits.map((hit) => hit.text.text);
const note = (command: RequestInput<'live.command'>['command']) =>
  call('live.command', { cohortId, sessionId, command });

beforeEach(async () => {
  ({ core, done } = await tempCore('fc-note-search'));
  cohortId = (await call('cohort.create', { name: 'Circle' })).id;
  const tomas = await call('member.add', { cohortId, name: 'Tomás Herrera' });
  const session = await call('session.create', {
    cohortId,
    date: '2026-11-12',
    title: 'Experiments nobody reads',
    attendance: [tomas.id],
  });
  sessionId = session.id;
  await call('live.open', { cohortId, sessionId });
});
afterEach(async () => {
  await done();
});

describe("searching a cohort's notes", () => {
  it('finds a note the live session has just taken, and forgets it once removed', async () => {
    expect(await search('')).toEqual({ hits: [], total: 0, ignored: [] });
    await note({ type: 'note.add', text: 'The sponsor wants a dashboard' });
    const [hit] = (await search('dashb')).hits;
    expect(hit).toMatchObject({
      sessionId,
      sessionTitle: { text: 'Experiments nobody reads' },
      sessionDate: '2026-11-12',
      kind: 'note',
      terms: ['dashboard'],
      text: { text: 'The sponsor wants a dashboard', marks: [{ start: 20, end: 29 }] },
    });
    await note({ type: 'note.edit', noteId: hit!.noteId, text: 'The sponsor wants a report' });
    expect(await texts('dashboard')).toEqual([]);
    expect(await texts('report')).toEqual(['The sponsor wants a report']);
    await note({ type: 'note.remove', noteId: hit!.noteId });
    expect(await texts('report')).toEqual([]);
    await note({ type: 'note.restore', noteId: hit!.noteId });
    expect(await texts('report')).toEqual(['The sponsor wants a report']);
  });

  it('follows a renamed session into its notes', async () => {
    await note({ type: 'note.add', text: 'Five interviews booked' });
    expect((await search('experiments')).total).toBe(1);
    await core.services.store.update(cohortId, (cohort) => {
      cohort.sessions[0]!.title = 'Hiring without a budget line';
    });
    // A change the console did not make (here, straight through the store) reaches the index
    // once the cohort is said to have changed, as the store says of a file changed elsewhere.
    core.services.notes.cohortChanged(cohortId);
    expect((await search('experiments')).total).toBe(0);
    expect((await search('hiring interviews')).total).toBe(1);
  });

  it('follows a note changed in the file elsewhere, once the store reloads it', async () => {
    await note({ type: 'note.add', text: 'Five interviews booked' });
    expect((await search('interviews')).total).toBe(1);
    await core.services.live.flush();
    await core.services.store.flush();
    const path = core.services.store.pathOf(cohortId)!;
    const file = JSON.parse(await readFile(path, 'utf8')) as Cohort;
    file.sessions[0]!.notes[0]!.text = 'Seven interviews booked';
    await new Promise((resolve) => setTimeout(resolve, 20)); // a different mtime
    await writeFile(path, JSON.stringify(file, null, 2));
    // The store notices when the file is next read (or its folder watched says so).
    await core.services.store.read(cohortId);
    expect(await texts('interviews')).toEqual(['Seven interviews booked']);
  });

  it('refuses a query longer than a search can be, in words', async () => {
    const result = await core.router(
      'notes.search',
      { cohortId, query: 'x'.repeat(MAX_LENGTH.searchQuery + 1) },
      consoleRole,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(`${MAX_LENGTH.searchQuery} characters at most`) },
    });
  });

  it('says which cohort it cannot find', async () => {
    const result = await core.router(
      'notes.search',
      { cohortId: 'no-such-cohort', query: 'x' },
      consoleRole,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('is for the console alone', async () => {
    const result = await core.router('notes.search', { cohortId, query: 'x' }, {
      role: 'presenter',
    } as const);
    expect(result.ok).toBe(false);
  });
});
