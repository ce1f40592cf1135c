/**
 * Full-text search over a cohort's notes, on MiniSearch: each note is found by its words, the
 * question on the screen when it was taken, who said it or had the floor, its kind and phase, and
 * its session's title and date. Words match by prefix as they are typed ("pro" finds
 * "prototype"), with a typo forgiven in longer words, and every word of the query must match.
 *
 * The index is kept, not rebuilt: `syncCohort` and `syncSession` compare the notes with what is
 * indexed and add, replace or remove only the notes that changed.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Cohort, Session } from '../cohort/schema.ts';
import { longDate } from '../report/reportWords.ts';
import { NOTE_KIND_WORDS, type NoteKind } from '../vocabulary/noteKinds.ts';
import { PHASE_WORDS, type Phase } from '../vocabulary/phases.ts';
import { sameRecord, sessionNoteRecords, type NoteRecord } from './noteRecords.ts';
import {
  isSmallWord,
  marked,
  searchTermOf,
  snippetOf,
  termOf,
  wordsOf,
  type Marked,
  type Snippet,
} from './searchTerms.ts';

export interface NoteHit {
  noteId: string;
  sessionId: string;
  sessionTitle: Marked;
  sessionDate: string;
  at: string;
  kind: NoteKind;
  phase?: Phase | undefined;
  /** The phase in words ("Clarifying rounds"), so a view shows it without the phases' words. */
  phaseLabel?: string | undefined;
  question?: Marked | undefined;
  /** The note's words, cut around the first match when long. */
  text: Snippet;
  by?: Marked | undefined;
  floor?: Marked | undefined;
  /** The note's words (as indexed) that matched the query. */
  terms: string[];
}

export interface NoteSearchAnswer {
  /** The best hits first, at most the limit asked for. */
  hits: NoteHit[];
  /** How many notes matched in all. */
  total: number;
  /** Words of the query left out as too common to search by ("the", "what"). */
  ignored: string[];
}

/** What an index sync did. */
export interface SyncCounts {
  added: number;
  replaced: number;
  removed: number;
}

type Field = 'text' | 'question' | 'people' | 'session' | 'stamp';
const FIELDS: Field[] = ['text', 'question', 'people', 'session', 'stamp'];

/** The note's own words count most; its stamps and session help find it. */
const BOOST: Record<Field, number> = { text: 2, question: 1, people: 1, session: 0.6, stamp: 0.5 };

function fieldOf(record: NoteRecord, field: string): string {
  switch (field as Field) {
    case 'text':
      return record.text;
    case 'question':
      return record.question ?? '';
    case 'people':
      return [record.by, record.floor].filter(Boolean).join(' ');
    case 'session':
      return `${record.sessionTitle} ${longDate(record.sessionDate)} ${record.sessionDate}`;
    case 'stamp':
      return `${NOTE_KIND_WORDS[record.kind].label} ${record.phase ? PHASE_WORDS[record.phase].label : ''}`;
  }
}

/**
 * Words match by their beginning from three letters: two letters begin too many words to say
 * anything (and would make each keystroke slow), but a two-letter word ("HR", "UX") is found as
 * typed. One edit is forgiven from five letters, two from ten.
 */
const prefix = (term: string) => term.length >= 3;
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);
const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

export class NoteSearchIndex {
  readonly #mini = new MiniSearch<NoteRecord>({
    idField: 'noteId',
    fields: FIELDS,
    extractField: (record, field) => (field === 'noteId' ? record.noteId : fieldOf(record, field)),
    tokenize: wordsOf,
    processTerm: searchTermOf,
    searchOptions: { boost: BOOST, prefix, fuzzy, maxFuzzy: 2, combineWith: 'AND' },
  });
  readonly #records = new Map<string, NoteRecord>();
  readonly #bySession = new Map<string, Set<string>>();

  /** How many notes are indexed. */
  get size(): number {
    return this.#records.size;
  }

  /** Adds a note, or replaces the indexed one with the same id when it differs. */
  put(record: NoteRecord): 'added' | 'replaced' | 'unchanged' {
    const before = this.#records.get(record.noteId);
    if (before && sameRecord(before, record)) return 'unchanged';
    if (before) this.remove(record.noteId);
    this.#mini.add(record);
    this.#records.set(record.noteId, record);
    let ids = this.#bySession.get(record.sessionId);
    if (!ids) this.#bySession.set(record.sessionId, (ids = new Set()));
    ids.add(record.noteId);
    return before ? 'replaced' : 'added';
  }

  /** Takes a note out of the index; false when it was not in it. */
  remove(noteId: string): boolean {
    const record = this.#records.get(noteId);
    if (!record) return false;
    this.#mini.remove(record);
    this.#records.delete(noteId);
    const ids = this.#bySession.get(record.sessionId);
    ids?.delete(noteId);
    if (ids?.size === 0) this.#bySession.delete(record.sessionId);
    return true;
  }

  /** Makes the index hold exactly these notes for the session (none when it was deleted). */
  syncSession(sessionId: string, records: readonly NoteRecord[]): SyncCounts {
    const counts: SyncCounts = { added: 0, replaced: 0, removed: 0 };
    const keep = new Set(records.map((r) => r.noteId));
    for (const noteId of [...(this.#bySession.get(sessionId) ?? [])]) {
      if (!keep.has(noteId) && this.remove(noteId)) counts.removed += 1;
    }
    for (const record of records) {
      const change = this.put(record);
      if (change !== 'unchanged') counts[change] += 1;
    }
    return counts;
  }

  /** Makes the index hold exactly the cohort's notes, changing only what differs. */
  syncCohort(cohort: Pick<Cohort, 'sessions'>): SyncCounts {
    const counts: SyncCounts = { added: 0, replaced: 0, removed: 0 };
    const add = (more: SyncCounts) => {
      counts.added += more.added;
      counts.replaced += more.replaced;
      counts.removed += more.removed;
    };
    const sessions = new Set<string>();
    for (const session of cohort.sessions) {
      sessions.add(session.id);
      add(this.syncSession(session.id, sessionNoteRecords(session)));
    }
    for (const sessionId of [...this.#bySession.keys()]) {
      if (!sessions.has(sessionId)) add(this.syncSession(sessionId, []));
    }
    return counts;
  }

  /** Brings one session up to date, as the cohort now has it. */
  syncSessionOf(cohort: Pick<Cohort, 'sessions'>, sessionId: string): SyncCounts {
    const session: Session | undefined = cohort.sessions.find((s) => s.id === sessionId);
    return this.syncSession(sessionId, session ? sessionNoteRecords(session) : []);
  }

  /**
   * The notes that match every word of the query but the small ones, best first; nothing for a
   * query with no other words. The word being typed (the last, with nothing after it) is matched
   * by its beginning, and a small word being typed counts while it begins a word that matches
   * ("there" on its way to "therefore"), and is left out like the others when it does not.
   */
  search(query: string, limit: number): NoteSearchAnswer {
    const words = wordsOf(query);
    const typing = ENDS_IN_WORD.test(query) ? words.pop() : undefined;
    const searched = words.filter((word) => !isSmallWord(word));
    const ignored = new Set(words.filter(isSmallWord).map((word) => word.toLowerCase()));
    const run = (queries: Query[]) =>
      queries.length === 0 ? [] : this.#mini.search({ combineWith: 'AND', queries });
    const base: Query[] = searched.length > 0 ? [searched.join(' ')] : [];
    let results: SearchResult[];
    if (typing === undefined) results = run(base);
    else if (!isSmallWord(typing)) results = run([...base, typing]);
    else {
      // As a beginning only: the small word itself is not in the index.
      const begun = prefix(typing)
        ? run([...base, { queries: [typing], processTerm: termOf }])
        : [];
      results = begun.length > 0 ? begun : run(base);
      if (begun.length === 0) ignored.add(typing.toLowerCase());
    }
    return {
      hits: results.slice(0, limit).map((result) => this.#hitOf(result)),
      total: results.length,
      ignored: [...ignored],
    };
  }

  #hitOf(result: SearchResult): NoteHit {
    const record = this.#records.get(result.id as string)!;
    const terms = new Set(result.terms);
    const maybe = (text: string | undefined) => (text ? marked(text, terms) : undefined);
    return {
      noteId: record.noteId,
      sessionId: record.sessionId,
      sessionTitle: marked(record.sessionTitle, terms),
      sessionDate: record.sessionDate,
      at: record.at,
      kind: record.kind,
      phase: record.phase,
      phaseLabel: record.phase ? PHASE_WORDS[record.phase].label : undefined,
      question: maybe(record.question),
      text: snippetOf(record.text, terms),
      by: maybe(record.by),
      floor: maybe(record.floor),
      terms: result.terms,
    };
  }
}
