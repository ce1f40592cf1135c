/**
 * The note search index of each cohort searched, held by the core so a search costs the search
 * alone. The store is the source: an index is told which of its sessions changed (a live session
 * taking notes) or that the whole cohort may have (an edit, a restored backup, the file changed
 * elsewhere), and brings only those up to date at the next search, with what the store has then.
 * Indexes of cohorts not searched for a while are let go.
 */
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { NoteSearchIndex, type NoteSearchAnswer } from '../../../shared/notes/noteSearch.ts';

interface Held {
  index: NoteSearchIndex;
  /** The whole cohort needs comparing again, or only these sessions. */
  staleCohort: boolean;
  staleSessions: Set<string>;
  /** The sync under way: a search waits for it rather than answer from the index before it. */
  syncing: Promise<void> | undefined;
}

export class NoteIndexes {
  readonly #held = new Map<string, Held>();
  readonly #readCohort: (cohortId: string) => Promise<Cohort>;
  readonly #keep: number;

  /** `keep`: how many cohorts' indexes are held at once, the most recently searched. */
  constructor(readCohort: (cohortId: string) => Promise<Cohort>, keep = 4) {
    this.#readCohort = readCohort;
    this.#keep = keep;
  }

  /** Anything in the cohort may have changed. */
  cohortChanged(cohortId: string): void {
    const held = this.#held.get(cohortId);
    if (held) held.staleCohort = true;
  }

  /** One session's notes may have changed (a live session's run). */
  sessionChanged(cohortId: string, sessionId: string): void {
    this.#held.get(cohortId)?.staleSessions.add(sessionId);
  }

  async search(cohortId: string, query: string, limit: number): Promise<NoteSearchAnswer> {
    const held = await this.#current(cohortId);
    return held.index.search(query, limit);
  }

  /** Whether the cohort's index is held (for tests and figures). */
  holds(cohortId: string): boolean {
    return this.#held.has(cohortId);
  }

  async #current(cohortId: string): Promise<Held> {
    let held = this.#held.get(cohortId);
    if (!held) {
      held = {
        index: new NoteSearchIndex(),
        staleCohort: true,
        staleSessions: new Set(),
        syncing: undefined,
      };
      this.#held.set(cohortId, held);
    }
    // Most recently searched last, so the first is the one to let go.
    this.#held.delete(cohortId);
    this.#held.set(cohortId, held);
    for (const id of this.#held.keys()) {
      if (this.#held.size <= this.#keep) break;
      this.#held.delete(id);
    }
    while (held.syncing) await held.syncing;
    if (held.staleCohort || held.staleSessions.size > 0) {
      const syncing = this.#sync(cohortId, held);
      held.syncing = syncing;
      await syncing.finally(() => {
        if (held.syncing === syncing) held.syncing = undefined;
      });
    }
    return held;
  }

  async #sync(cohortId: string, held: Held): Promise<void> {
    // Marked fresh before the read: a change that lands while the cohort is read marks it again.
    const wholeCohort = held.staleCohort;
    const sessions = [...held.staleSessions];
    held.staleCohort = false;
    held.staleSessions.clear();
    let cohort: Cohort;
    try {
      cohort = await this.#readCohort(cohortId);
    } catch (error) {
      // The file cannot be read now: nothing is held for it, the next search reads it again.
      if (this.#held.get(cohortId) === held) this.#held.delete(cohortId);
      throw error;
    }
    if (wholeCohort) held.index.syncCohort(cohort);
    else for (const sessionId of sessions) held.index.syncSessionOf(cohort, sessionId);
  }
}
