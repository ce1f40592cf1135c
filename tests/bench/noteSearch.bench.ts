/**
 * Note search over 20,000 notes (tests/fixtures/notesCohort.ts): how long the index takes to build
 * from the cohort, and how long each search takes as a facilitator types, one search per
 * keystroke of representative queries: single words, two words, names typed without their
 * accents, a word of a stamped question, a session's month, a typo, and words that match nothing.
 * A search is measured from the query to the hits with their highlights, as the core answers it.
 */
import { performance } from 'node:perf_hooks';
import { NoteSearchIndex } from '../../shared/notes/noteSearch.ts';
import { notesCohort } from '../fixtures/notesCohort.ts';
import { percentile } from './support.ts';
import type { BenchRow } from './types.ts';

const NOTES = 20_000;
const LIMIT = 20;
const ROUNDS = 20;

const QUERIES = [
  'prototype',
  'escalation',
  'sponsor agreed',
  'budget friday',
  'accessibility findings',
  'tomas',
  'hana pilot',
  'zoe interview',
  'soren',
  'recruiter',
  'what is success',
  'milestones',
  'november',
  'stakehodler',
  'retrospective lesson',
  'designers hiring',
  'nothing matches zebra',
];

/** What a search box sends while the query is typed: every prefix that ends in a letter. */
const keystrokes = (query: string) =>
  Array.from(query, (_, i) => query.slice(0, i + 1)).filter((typed) => !typed.endsWith(' '));

export async function run(): Promise<BenchRow[]> {
  const cohort = notesCohort({ notes: NOTES });
  const noteCount = cohort.sessions.reduce((sum, s) => sum + s.notes.length, 0);

  const builds: number[] = [];
  let index = new NoteSearchIndex();
  for (let i = 0; i < 3; i += 1) {
    index = new NoteSearchIndex();
    const start = performance.now();
    index.syncCohort(cohort);
    builds.push(performance.now() - start);
  }
  if (index.size !== noteCount) throw new Error(`indexed ${index.size} of ${noteCount} notes`);

  /** Each query's time, every round, sorted. */
  const timed = (queries: readonly string[]) => {
    for (const query of queries) index.search(query, LIMIT); // warm up
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const query of queries) {
        const start = performance.now();
        hits += index.search(query, LIMIT).hits.length;
        times.push(performance.now() - start);
      }
    }
    if (hits === 0) throw new Error('no search found anything');
    return times.sort((a, b) => a - b);
  };
  const times = timed(QUERIES.flatMap(keystrokes));
  const whole = timed(QUERIES);

  // Keeping it current: a note added to the last session, then a search.
  const last = cohort.sessions.at(-1)!;
  const syncs: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    last.notes.push({ ...last.notes[0]!, id: `bench-note-${i}`, text: `Added prototype ${i}` });
    const start = performance.now();
    index.syncSessionOf(cohort, last.id);
    index.search('prototype', LIMIT);
    syncs.push(performance.now() - start);
  }
  syncs.sort((a, b) => a - b);

  const build = Math.min(...builds);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const label = `note search over ${NOTES.toLocaleString('en')} notes`;
  return [
    {
      name: `${label}: index build (best of 3)`,
      figure: build,
      unit: 'ms',
      target: '≤ 1500',
      met: build <= 1500,
    },
    {
      name: `${label}: every keystroke, p50 (${times.length} searches)`,
      figure: p50,
      unit: 'ms',
      target: '< 5',
      met: p50 < 5,
    },
    {
      name: `${label}: every keystroke, p95 (${times.length} searches)`,
      figure: p95,
      unit: 'ms',
      target: '< 5',
      met: p95 < 5,
    },
    {
      name: `${label}: whole queries, p95 (${whole.length} searches)`,
      figure: percentile(whole, 95),
      unit: 'ms',
      target: '< 5',
      met: percentile(whole, 95) < 5,
    },
    {
      name: `${label}: a note added, index kept current and searched, p95`,
      figure: percentile(syncs, 95),
      unit: 'ms',
      target: '< 5',
      met: percentile(syncs, 95) < 5,
    },
  ];
}
