/**
 * Child process of the kill test: opens the cohort file through the real store and adds notes in
 * bursts of concurrent edits, forever, printing "ack <n>" as soon as the edit that adds note n is
 * acknowledged (no flush: the acknowledgement itself is what must be durable). In `store` mode an
 * edit is a store update; in `live` mode it is a live session's note.add command, answered by the
 * live session host. The parent SIGKILLs the child at random moments.
 * Usage: node killChild.ts <cohort file> <user data folder> <first edit number> <store|live>
 */
import { LiveSessionHost } from '../../../electron/core/live/LiveSessionHost.ts';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { LiveCommandSchema } from '../../../shared/live/commands.ts';

const [path, userDataFolder, first, mode] = process.argv.slice(2) as [
  string,
  string,
  string,
  'store' | 'live',
];
const store = await openCohortStore({
  folder: userDataFolder,
  userDataFolder,
  watch: false,
  coalesceMs: 15,
  backupEvery: 5,
  keepBackups: 3,
});
store.onSaveStatus((status) => {
  if (status.state === 'failed' || status.state === 'conflict') {
    process.stderr.write(`${status.state}: ${status.message ?? ''}\n`);
    process.exit(2);
  }
});
const listing = await store.open(path);
const sessionId = 'kill-session';
const text = (n: number) => `edit ${n} ${'x'.repeat(n % 200)}`;
let addNote: (n: number) => Promise<unknown>;

if (mode === 'live') {
  const host = new LiveSessionHost({
    store,
    broadcaster: { emit: () => {} },
    newId: () => sessionId,
  });
  const cohort = await store.read(listing.id);
  if (!cohort.sessions.some((session) => session.id === sessionId)) {
    await store.update(listing.id, (draft) => {
      draft.members.push({ id: 'ana', name: 'Ana' } as never);
    });
    await host.createSession({ cohortId: listing.id, date: '2026-01-05', attendance: ['ana'] });
  }
  await host.open(listing.id, sessionId);
  // As the router hands commands over: parsed (the text trimmed).
  addNote = (n) =>
    host.command(
      listing.id,
      sessionId,
      LiveCommandSchema.parse({ type: 'note.add', text: text(n) }),
    );
} else {
  await store.update(listing.id, (cohort) => {
    if (!cohort.sessions.some((session) => session.id === sessionId)) {
      cohort.sessions.push({ id: sessionId, date: '2026-01-05' } as never);
    }
  });
  addNote = (n) =>
    store.update(listing.id, (cohort) => {
      const session = cohort.sessions.find((candidate) => candidate.id === sessionId)!;
      session.notes.push({
        id: `note-${n}`,
        at: new Date().toISOString(),
        text: text(n),
        kind: 'note',
      });
    });
}

for (let n = Number(first); ;) {
  const burst = 1 + (n % 7);
  await Promise.all(
    Array.from({ length: burst }, (_, k) =>
      addNote(n + k).then(() => void process.stdout.write(`ack ${n + k}\n`)),
    ),
  );
  n += burst;
}
