import { describe, expect, it } from 'vitest';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import { describePlace } from '../../../shared/cohort/problemWords.ts';

const base = {
  schemaVersion: 1,
  id: 'c1',
  name: 'Circle',
  createdAt: '2025-01-01T10:00:00Z',
  members: [{ id: 'm1', name: 'Ana' }],
  sessions: [
    { id: 's1', date: '2025-01-06' },
    { id: 's2', date: '2025-01-13' },
    {
      id: 's3',
      date: '2025-01-20',
      commitments: [
        {
          id: 'k1',
          ownerId: 'm1',
          text: 'Ship it',
          dueDate: '2025-01-24',
          createdAt: '2025-01-20T15:00:00Z',
        },
        {
          id: 'k2',
          ownerId: 'm1',
          text: 'Call Bo',
          dueDate: 'next friday',
          createdAt: '2025-01-20T15:00:00Z',
        },
      ],
    },
  ],
};
const problemOf = (doc: unknown) => {
  const decoded = decodeCohortText(JSON.stringify(doc));
  return decoded.ok ? 'ok' : decoded.problem;
};
const withChange = (change: (doc: typeof base & Record<string, unknown>) => void) => {
  const doc = structuredClone(base) as typeof base & Record<string, unknown>;
  change(doc);
  return problemOf(doc);
};

describe('describePlace', () => {
  it('names places in domain words, counting from 1', () => {
    expect(describePlace(['sessions', 2, 'commitments', 1, 'dueDate'])).toBe(
      'session 3, commitment 2: due date',
    );
    expect(describePlace(['members', 0])).toBe('member 1');
    expect(describePlace(['charter', 'weeklyTimeCommitment'])).toBe(
      'charter weekly time commitment',
    );
    expect(describePlace(['sessions', 0, 'progressUpdates', 4, 'at'])).toBe(
      'session 1, progress update 5: time',
    );
    expect(describePlace(['questionBank', 'questions', 3, 'text'])).toBe(
      'question bank, question 4: text',
    );
    expect(describePlace([])).toBe('');
  });
});

describe('the first problem of a cohort file, in words', () => {
  it('names a bad date with its place and value', () => {
    expect(problemOf(base)).toBe("session 3, commitment 2: due date 'next friday' is not a date");
  });
  it('says what is missing, of the wrong kind, too long or not allowed', () => {
    const fixed = (doc: typeof base) => (doc.sessions[2]!.commitments![1]!.dueDate = '2025-01-31');
    expect(withChange(fixed)).toBe('ok');
    expect(withChange((doc) => (fixed(doc), delete (doc as Record<string, unknown>)['name']))).toBe(
      'name is missing',
    );
    expect(
      withChange((doc) => (fixed(doc), ((doc.members[0] as Record<string, unknown>)['name'] = 7))),
    ).toBe('member 1: name should be text, not a number');
    expect(withChange((doc) => (fixed(doc), (doc.name = 'x'.repeat(121))))).toBe(
      'name is longer than 120 characters',
    );
    expect(withChange((doc) => (fixed(doc), (doc['cadence'] = { every: 'fortnight' })))).toBe(
      "cadence frequency 'fortnight' is not one of: week, two-weeks, month, ad-hoc",
    );
    expect(withChange((doc) => (fixed(doc), (doc.name = '')))).toBe('name is empty');
  });
  it('treats a duplicated id as a problem', () => {
    expect(
      withChange(
        (doc) => (
          (doc.sessions[2]!.commitments![1]!.dueDate = '2025-01-31'),
          (doc.sessions[1]!.id = 's1')
        ),
      ),
    ).toBe("session 2: id 's1' is used twice");
  });
  it('explains files that are not cohorts at all', () => {
    expect(decodeCohortText('')).toEqual({ ok: false, problem: 'the file is empty' });
    expect(decodeCohortText('{"schemaVersion": 1,')).toMatchObject({
      problem: expect.stringContaining('ends too early'),
    });
    expect(decodeCohortText('[1,2]')).toMatchObject({
      problem: expect.stringContaining('does not hold a cohort'),
    });
    expect(decodeCohortText('{"schemaVersion": 9}')).toMatchObject({
      problem: expect.stringContaining('newer version'),
    });
    expect(decodeCohortText('{"name": "x"}')).toMatchObject({
      problem: 'format version (schemaVersion) is missing',
    });
  });
  it('never quotes a huge value in full', () => {
    const problem = withChange((doc) => (doc.sessions[0]!.date = 'z'.repeat(100_000)));
    expect(problem.length).toBeLessThan(120);
    expect(problem).toMatch(/^session 1: date 'z+\.\.\.' is not a date$/);
  });
});
