/**
 * Child process of the kill test: opens the cohort file through the real store and adds notes in
 * bursts of concurrent edits, forever, printing "ack <n>" as soon as the store's update for edit n
 * resolves (no flush: the store's own acknowledgement is what must be durable). The parent
 * SIGKILLs it at random moments.
 * Usage: node killChild.ts <cohort file> <user data folder> <first edit number>
 */
import { openCohortStore } from '../../../electron/core/store/index.ts';

const [path, userDataFolder, first] = process.argv.slice(2) as [string, string, string];
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
await store.update(listing.id, (cohort) => {
  if (!cohort.sessions.some((session) => session.id === sessionId)) {
    cohort.sessions.push({ id: sessionId, date: '2026-01-05' } as never);
  }
});
const addNote = (n: number) =>
  store
    .update(listing.id, (cohort) => {
      const session = cohort.sessions.find((candidate) => candidate.id === sessionId)!;
      session.notes.push({
        id: `note-${n}`,
        at: new Date().toISOString(),
        text: `edit ${n} ${'x'.repeat(n % 200)}`,
        kind: 'note',
      });
    })
    .then(() => void process.stdout.write(`ack ${n}\n`));
for (let n = Number(first); ;) {
  const burst = 1 + (n % 7);
  await Promise.all(Array.from({ length: burst }, (_, k) => addNote(n + k)));
  n += burst;
}
