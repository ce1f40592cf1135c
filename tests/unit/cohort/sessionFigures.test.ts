/** Airtime share across sessions and questions per category over time, from a cohort file. */
import { describe, expect, it } from 'vitest';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { airtimeShares, questionsPerSession } from '../../../shared/cohort/sessionFigures.ts';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';

const MIN = 60_000;
const attendee = (id: string, name: string, memberId?: string) => ({
  id,
  name,
  ...(memberId ? { memberId } : { guest: true }),
});

const cohort = (extra: Record<string, unknown> = {}) =>
  CohortSchema.parse({
    schemaVersion: 1,
    id: 'c',
    name: 'Circle',
    createdAt: '2026-10-01T09:00:00Z',
    members: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
      { id: 'cy', name: 'Cy' },
      { id: 'old', name: 'Old', archived: true },
    ],
    sessions: [
      {
        id: 's2',
        date: '2026-11-15',
        attendance: [attendee('a-ana', 'Ana', 'ana'), attendee('a-ben', 'Ben', 'ben')],
        airtime: [
          { attendeeId: 'a-ana', speakingMs: 2 * MIN, turns: 2 },
          { attendeeId: 'a-ben', speakingMs: 4 * MIN, turns: 3 },
        ],
        askCounts: { framing: 1, support: 3 },
      },
      {
        id: 's1',
        date: '2026-11-01',
        title: 'Kick-off',
        attendance: [
          attendee('ana', 'Ana', 'ana'),
          attendee('g1', 'Guest Gil'),
          attendee('o', 'Old', 'old'),
        ],
        airtime: [
          { attendeeId: 'ana', speakingMs: 6 * MIN, turns: 4 },
          { attendeeId: 'g1', speakingMs: 4 * MIN, turns: 1 },
          { attendeeId: 'o', speakingMs: 4 * MIN, turns: 1 },
        ],
        askCounts: { framing: 2, 'forward-thinking': 1, 'gone-category': 2 },
      },
      { id: 's3', date: '2026-11-29', askCounts: {} },
    ],
    ...extra,
  });

describe('airtime share across sessions', () => {
  it('adds up each member over every session, silent ones at 0, guests in one row, former members in the total only', () => {
    expect(airtimeShares(cohort())).toEqual([
      { memberId: 'ana', name: 'Ana', speakingMs: 8 * MIN, turns: 6, share: 8 / 20 },
      { memberId: 'ben', name: 'Ben', speakingMs: 4 * MIN, turns: 3, share: 4 / 20 },
      { memberId: 'cy', name: 'Cy', speakingMs: 0, turns: 0, share: 0 },
      { memberId: null, name: 'Guests', speakingMs: 4 * MIN, turns: 1, share: 4 / 20 },
    ]);
  });

  it('gives every share as 0 when nobody has spoken yet, and no guests row', () => {
    const quiet = cohort({ sessions: [] });
    expect(airtimeShares(quiet).map((row) => [row.name, row.share])).toEqual([
      ['Ana', 0],
      ['Ben', 0],
      ['Cy', 0],
    ]);
  });
});

describe('questions per category over time', () => {
  it('names the default bank’s categories, keeps a removed one by its id, and goes oldest first', () => {
    const figures = questionsPerSession(cohort());
    const bank = defaultQuestionBank().categories;
    expect(figures.categories).toEqual([
      ...bank.map(({ id, name }) => ({ id, name })),
      { id: 'gone-category', name: 'gone-category' },
    ]);
    const column = (id: string) => figures.categories.findIndex((c) => c.id === id);
    expect(figures.sessions.map((s) => [s.sessionId, s.date, s.title, s.total])).toEqual([
      ['s1', '2026-11-01', 'Kick-off', 5],
      ['s2', '2026-11-15', '', 4],
    ]);
    expect(figures.sessions[0]!.counts[column('forward-thinking')]).toBe(1);
    expect(figures.sessions[0]!.counts[column('gone-category')]).toBe(2);
    expect(figures.sessions[1]!.counts[column('support')]).toBe(3);
    expect(figures.sessions[1]!.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('names the categories from the cohort’s own deck, in its order', () => {
    const own = cohort({
      questionBank: {
        categories: [
          { id: 'support', name: 'Help we can give' },
          { id: 'framing', name: 'The problem' },
        ],
        questions: [],
      },
    });
    const figures = questionsPerSession(own);
    expect(figures.categories.map((c) => c.name)).toEqual([
      'Help we can give',
      'The problem',
      'forward-thinking',
      'gone-category',
    ]);
    expect(figures.sessions[1]!.counts).toEqual([3, 1, 0, 0]);
  });
});
