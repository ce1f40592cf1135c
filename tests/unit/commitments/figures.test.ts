import { describe, expect, it } from 'vitest';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { attendanceRate, cohortFigures } from '../../../shared/commitments/figures.ts';

const commitment = (id: string, ownerId: string, due: string, completed?: string) => ({
  id,
  ownerId,
  text: `Task ${id}`,
  dueDate: due,
  createdAt: '2026-11-01T10:00:00Z',
  ...(completed ? { status: 'done', completedAt: `${completed}T10:00:00Z` } : {}),
});

const cohort = CohortSchema.parse({
  schemaVersion: 1,
  id: 'c',
  name: 'Circle',
  createdAt: '2026-10-01T09:00:00Z',
  members: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
  ],
  sessions: [
    {
      id: 's1',
      date: '2026-11-01',
      attendance: [
        { id: 'ana', memberId: 'ana', name: 'Ana' },
        { id: 'ben', memberId: 'ben', name: 'Ben', present: false },
      ],
      commitments: [
        commitment('a1', 'ana', '2026-11-08', '2026-11-05'), // 4 days, on time
        commitment('a2', 'ana', '2026-11-08', '2026-11-11'), // 10 days, late
        commitment('a3', 'ana', '2026-11-08'),
        commitment('b1', 'ben', '2026-11-08', '2026-11-03'), // 2 days, on time
      ],
    },
    {
      id: 's2',
      date: '2026-11-15',
      attendance: [
        { id: 'ana', memberId: 'ana', name: 'Ana' },
        { id: 'ben', memberId: 'ben', name: 'Ben' },
      ],
    },
  ],
});

describe('follow-through and attendance figures', () => {
  it('counts made, done, done on time and the median days to done, per member and in all', () => {
    const figures = cohortFigures(cohort);
    expect(figures.cohort).toEqual({
      made: 4,
      done: 3,
      doneOnTime: 2,
      open: 1,
      medianDaysToDone: 4,
    });
    expect(figures.members).toEqual([
      {
        memberId: 'ana',
        name: 'Ana',
        made: 3,
        done: 2,
        doneOnTime: 1,
        open: 1,
        medianDaysToDone: 7,
        attended: 2,
        recorded: 2,
      },
      {
        memberId: 'ben',
        name: 'Ben',
        made: 1,
        done: 1,
        doneOnTime: 1,
        open: 0,
        medianDaysToDone: 2,
        attended: 1,
        recorded: 2,
      },
    ]);
  });

  it('leaves a dropped commitment out of done and open, and adds up attendance for the cohort', () => {
    const dropped = CohortSchema.parse({
      ...cohort,
      sessions: cohort.sessions.map((s, i) =>
        i === 0
          ? {
              ...s,
              commitments: [
                ...s.commitments,
                { ...commitment('b2', 'ben', '2026-11-08'), status: 'dropped' },
              ],
            }
          : s,
      ),
    });
    const figures = cohortFigures(dropped);
    expect(figures.cohort).toMatchObject({ made: 5, done: 3, open: 1 });
    expect(figures.attendance).toEqual({ attended: 3, recorded: 4 });
    expect(attendanceRate(figures.attendance)).toBe(0.75);
    expect(attendanceRate({ attended: 0, recorded: 0 })).toBeNull();
  });
});
