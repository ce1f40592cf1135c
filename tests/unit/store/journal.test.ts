/**
 * The journal beside each cohort file: entries record the changed locations' values, so replaying
 * them in order onto the file, whether or not it already holds some of them, gives the document as
 * it was acknowledged; a torn last line is ignored; a change acknowledged is in the journal.
 */
import { appendFile, copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDraft } from '../../../electron/core/store/draft.ts';
import {
  applyOps,
  decodeJournal,
  encodeEntry,
  journalPathFor,
  opsFor,
  type JournalOp,
} from '../../../electron/core/store/journal.ts';
import { nodeFs } from '../../../electron/core/store/fsFacade.ts';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { note, storeFixture, type StoreFixture } from './helpers.ts';

type Doc = { list: { id: number; tags: string[] }[]; name?: string; extra?: string };

/** Runs `steps` on a document, journaling each as the store does; returns the entries. */
function journaled(start: Doc, steps: ((doc: Doc) => void)[]) {
  const doc = structuredClone(start);
  const states: Doc[] = [];
  const entries = steps.map((step) => {
    const { touched } = applyDraft(doc, step);
    states.push(structuredClone(doc));
    return opsFor(doc, touched);
  });
  return { entries, states };
}

const replay = (from: Doc, entries: JournalOp[][]) =>
  entries.reduce<unknown>((doc, ops) => applyOps(doc, ops), structuredClone(from));

describe('journal entries', () => {
  const start: Doc = {
    list: [0, 1, 2, 3, 4].map((id) => ({ id, tags: [] })),
    name: 'a',
    extra: 'x',
  };
  const steps: ((doc: Doc) => void)[] = [
    (doc) => void doc.list[3]!.tags.push('three'),
    (doc) => void doc.list.splice(1, 2),
    (doc) => void doc.list.push({ id: 9, tags: ['new'] }),
    (doc) => {
      delete doc.extra;
      doc.name = 'b';
    },
    (doc) => void (doc.list[1]!.tags = ['moved']),
    (doc) => void doc.list.reverse(),
  ];

  it('replayed from the start, or from any later state, give the last state', () => {
    const { entries, states } = journaled(start, steps);
    expect(replay(start, entries)).toEqual(states.at(-1));
    // The file may already hold some entries (killed after the rename, before the truncation).
    for (let k = 0; k < states.length; k += 1)
      expect(replay(states[k]!, entries)).toEqual(states.at(-1));
  });

  it('round-trip through lines; a torn or corrupt last line ends the journal', () => {
    const { entries } = journaled(start, steps);
    const text = entries.map(encodeEntry).join('');
    expect(decodeJournal(text).entries).toEqual(entries);
    const torn = text.slice(0, text.length - 7);
    expect(decodeJournal(torn).entries).toEqual(entries.slice(0, -1));
    const lines = text.split('\n');
    expect(lines[3]).toContain('"b"');
    lines[3] = lines[3]!.replace('"b"', '"c"');
    expect(decodeJournal(lines.join('\n')).entries).toEqual(entries.slice(0, 3));
  });
});

describe('the store and its journal', () => {
  let t: StoreFixture;
  beforeEach(async () => {
    t = await storeFixture({ coalesceMs: 60_000, retryDelaysMs: [60_000] });
  });
  afterEach(() => t.done());

  const addNote = (id: string, noteId: string) =>
    t.store.update(id, (cohort) => void cohort.sessions[0]!.notes.push(note(noteId)));
  const addSession = (id: string) =>
    t.store.update(
      id,
      (cohort) => void cohort.sessions.push({ id: 's1', date: '2026-01-05' } as never),
    );

  it('has each acknowledged change in the journal before the file is written', async () => {
    const { id } = await t.store.create('Journaled');
    const path = join(t.folder, 'Journaled.cohort');
    await t.store.read(id);
    await t.store.flush();
    await addSession(id);
    await Promise.all(['n1', 'n2', 'n3'].map((n) => addNote(id, n)));
    expect(JSON.parse(await readFile(path, 'utf8')).sessions).toEqual([]);
    const { entries } = decodeJournal(await readFile(journalPathFor(path), 'utf8'));
    expect(entries).toHaveLength(4);

    // A second store (the next start) sees them, and a torn line appended after is ignored.
    await appendFile(journalPathFor(path), '120 0123456789abcdef {"ops":[[["na');
    const next = await openCohortStore({
      folder: t.folder,
      userDataFolder: join(t.dir, 'user2'),
      watch: false,
    });
    const [listing] = (await next.list()).cohorts;
    const cohort = await next.read(listing!.id);
    expect(cohort.sessions[0]!.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    await next.close();
    // Once the file holding them is in place the journal is gone.
    expect(JSON.parse(await readFile(path, 'utf8')).sessions[0].notes).toHaveLength(3);
    await expect(stat(journalPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('after a failed append, the journal is written whole with every change kept in memory', async () => {
    const { id } = await t.store.create('Torn');
    await t.store.read(id);
    await addSession(id);
    t.fs.fault = 'ENOSPC';
    t.fs.appendFault = 'ENOSPC';
    await expect(addNote(id, 'n1')).rejects.toMatchObject({
      code: 'file-error',
      message: expect.stringContaining('the disk is full'),
    });
    // The disk works again; the next whole-file write is a minute away.
    t.fs.fault = undefined;
    t.fs.appendFault = undefined;
    await addNote(id, 'n2');
    expect(JSON.parse(await readFile(join(t.folder, 'Torn.cohort'), 'utf8')).sessions).toEqual([]);
    // The next start (the first store never wrote the file) sees both, in order.
    const next = await openCohortStore({
      folder: t.folder,
      userDataFolder: join(t.dir, 'user2'),
      watch: false,
    });
    const [listing] = (await next.list()).cohorts;
    expect((await next.read(listing!.id)).sessions[0]!.notes.map((n) => n.id)).toEqual([
      'n1',
      'n2',
    ]);
    await next.close();
  });

  it('a kill just after a whole-file write loses nothing acknowledged (the journal is never behind)', async () => {
    // A slow journal: the coalesced write of the file happens while the first append runs.
    const snapshot = join(t.dir, 'snapshot');
    const acked = new Set<string>();
    let ackedAtKill: Set<string> | undefined;
    let armed = false;
    let slowed = false;
    const fs = {
      ...nodeFs,
      async appendFileDurable(path: string, text: string) {
        if (armed && !slowed) {
          slowed = true;
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        await nodeFs.appendFileDurable(path, text);
      },
      async unlink(path: string) {
        if (armed && path.endsWith('.journal') && !ackedAtKill) {
          // The process is killed here: after the rename, before the journal is dropped.
          await new Promise((resolve) => setTimeout(resolve, 0));
          ackedAtKill = new Set(acked);
          await mkdir(snapshot, { recursive: true });
          for (const name of await readdir(t.folder))
            if (name.startsWith('Slow') || name.startsWith('.Slow'))
              await copyFile(join(t.folder, name), join(snapshot, name));
        }
        await nodeFs.unlink(path);
      },
    };
    const store = await openCohortStore({
      folder: t.folder,
      userDataFolder: join(t.dir, 'user-slow'),
      fs,
      watch: false,
      coalesceMs: 5,
    });
    const { id } = await store.create('Slow');
    await store.update(id, (c) => void c.sessions.push({ id: 's1', date: '2026-01-05' } as never));
    await store.flush();
    armed = true;
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
        store.update(id, (c) => void c.sessions[0]!.notes.push(note(n))).then(() => acked.add(n)),
      ),
    );
    await store.flush();
    await store.close();
    expect(ackedAtKill?.size).toBeGreaterThan(0);
    const next = await openCohortStore({
      folder: snapshot,
      userDataFolder: join(t.dir, 'user-next'),
      watch: false,
    });
    const [listing] = (await next.list()).cohorts;
    const notes = (await next.read(listing!.id)).sessions[0]!.notes.map((n) => n.id);
    await next.close();
    for (const n of ackedAtKill!) expect(notes).toContain(n);
  });

  it('keeps aside a journal that would make the file invalid, and says so', async () => {
    const { id } = await t.store.create('Bad journal');
    const path = join(t.folder, 'Bad journal.cohort');
    await t.store.read(id);
    await writeFile(journalPathFor(path), encodeEntry([[['members'], 'not a list']]));
    const next = await openCohortStore({
      folder: t.folder,
      userDataFolder: join(t.dir, 'user2'),
      watch: false,
    });
    const statuses: string[] = [];
    next.onSaveStatus((s) => statuses.push(`${s.state}: ${s.message ?? ''}`));
    const [listing] = (await next.list()).cohorts;
    expect((await next.read(listing!.id)).members).toEqual([]);
    expect(statuses.join('\n')).toMatch(/could not be applied.*kept in/);
    await next.close();
  });
});
