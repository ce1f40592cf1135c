/**
 * Note search over 20,000 notes (tests/fixtures/notesCohort.ts): how long the index takes to build
 * from the cohort, and how long each search takes as a facilitator types, one search per
 * keystroke of representative queries: single words, two words, names typed without their
 * accents, a word of a stamped question, a session's month, a typo, and words that match nothing.
 * A search is measured from the query to the hits with their highlights, as the core answers it;
 * each query's figure is the median of its rounds, and the percentiles are over the queries.
 */
import { performance } from 'node:perf_hooks';
import { NoteIndexes } from '../../electron/core/notes/NoteIndexes.ts';
import { requests } from '../../shared/contract/index.ts';
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

  /**
   * Each query's time: the median of its rounds, so a moment when the machine is busy elsewhere
   * does not count as the query's; sorted, for the percentiles over the queries.
   */
  const timed = async (queries: readonly string[], search: (query: string) => Promise<number>) => {
    for (const query of queries) await search(query); // warm up
    const runs = queries.map(() => [] as number[]);
    let hits = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [i, query] of queries.entries()) {
        const start = performance.now();
        hits += await search(query);
        runs[i]!.push(performance.now() - start);
      }
    }
    if (hits === 0) throw new Error('no search found anything');
    return runs
      .map((times) =>
        percentile(
          times.sort((a, b) => a - b),
          50,
        ),
      )
      .sort((a, b) => a - b);
  };
  const typed = QUERIES.flatMap(keystrokes);
  const inIndex = async (query: string) => index.search(query, LIMIT).hits.length;
  const times = await timed(typed, inIndex);
  const whole = await timed(QUERIES, inIndex);

  // As the console asks: the input checked by the core, the core's index of the cohort, the answer
  // across the wire as JSON and checked as the view checks it.
  const spec = requests['notes.search'];
  const indexes = new NoteIndexes(async () => cohort);
  await indexes.search('bench', '', LIMIT);
  const asked = await timed(typed, async (query) => {
    const input = spec.input.parse({ cohortId: 'bench', query, limit: LIMIT });
    const answer = await indexes.search(input.cohortId, input.query, input.limit);
    return spec.output.parse(JSON.parse(JSON.stringify(answer))).hits.length;
  });

  // Keeping it current: a note added to the last session, the session brought up to date in the
  // index, and the note found.
  const last = cohort.sessions.at(-1)!;
  const syncs: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    last.notes.push({ ...last.notes[0]!, id: `bench-note-${i}`, text: `Added kintsugi ${i}` });
    const start = performance.now();
    index.syncSessionOf(cohort, last.id);
    const found = index.search('kintsugi', LIMIT).total;
    syncs.push(performance.now() - start);
    if (found !== i + 1) throw new Error(`found ${found} of ${i + 1} notes added`);
  }
  syncs.sort((a, b) => a - b);

  const build = Math.min(...builds);
  const label = `note search over ${NOTES.toLocaleString('en')} notes`;
  const underFive = (name: string, figure: number): BenchRow => ({
    name: `${label}: ${name}`,
    figure,
    unit: 'ms',
    target: '< 5',
    met: figure < 5,
  });
  const perKeystroke = `${typed.length} keystrokes × ${ROUNDS}`;
  return [
    {
      name: `${label}: index build (best of 3)`,
      figure: build,
      unit: 'ms',
      target: '≤ 1500',
      met: build <= 1500,
    },
    underFive(`every keystroke, p50 (${perKeystroke})`, percentile(times, 50)),
    underFive(`every keystroke, p95 (${perKeystroke})`, percentile(times, 95)),
    underFive(`whole queries, p95 (${QUERIES.length} × ${ROUNDS})`, percentile(whole, 95)),
    underFive(`every keystroke as a request, checked both ends, p95`, percentile(asked, 95)),
    underFive(
      'a note added, its session re-indexed and the note found, p95',
      percentile(syncs, 95),
    ),
  ];
}
