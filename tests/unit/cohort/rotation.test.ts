/** Rotating roles: proposed by fairness (who served least recently), among those present. */
import { describe, expect, it } from 'vitest';
import {
  dueForRole,
  lastHolder,
  rotationOrder,
  suggestRoles,
} from '../../../shared/cohort/rotation.ts';
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';

type Roles = Cohort['sessions'][number]['roles'];

function cohort(sessions: { date: string; roles: Roles }[]): Cohort {
  return CohortSchema.parse({
    schemaVersion: 1,
    id: 'c',
    name: 'Circle',
    createdAt: '2026-01-01T09:00:00.000Z',
    members: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
      { id: 'cho', name: 'Cho' },
      { id: 'dev', name: 'Dev' },
      { id: 'eli', name: 'Eli', archived: true },
    ],
    rolesRotation: { order: ['cho', 'eli', 'ana', 'ben'] },
    sessions: sessions.map((s, i) => ({ id: `s${i}`, ...s })),
  });
}
const everyone = ['ana', 'ben', 'cho', 'dev'];

describe('rotating roles', () => {
  it('go in the cohort’s order, then members it leaves out; not to members who left', () => {
    expect(rotationOrder(cohort([]))).toEqual(['cho', 'ana', 'ben', 'dev']);
  });

  it('with no history, propose every role in rotation order, one role each', () => {
    expect(suggestRoles(cohort([]), everyone)).toEqual({
      facilitator: 'cho',
      'note-taker': 'ana',
      'data-reporter': 'ben',
      timekeeper: 'dev',
    });
  });

  it('propose first whoever has never held the role, then who held it longest ago', () => {
    const c = cohort([
      { date: '2026-01-01', roles: { facilitator: 'cho' } },
      { date: '2026-02-01', roles: { facilitator: 'ana' } },
      { date: '2026-03-01', roles: { facilitator: 'ben' } },
    ]);
    // Dev never facilitated; then Cho (January), Ana (February), Ben (March).
    expect(dueForRole(c, 'facilitator', everyone)).toEqual(['dev', 'cho', 'ana', 'ben']);
    expect(suggestRoles(c, everyone).facilitator).toBe('dev');
    // Without Dev in the room, the January facilitator is due again.
    expect(suggestRoles(c, ['ana', 'ben', 'cho']).facilitator).toBe('cho');
  });

  it('read the sessions by date, not by their place in the file', () => {
    const c = cohort([
      { date: '2026-03-01', roles: { 'note-taker': 'cho' } },
      { date: '2026-01-01', roles: { 'note-taker': 'ana' } },
      { date: '2026-02-01', roles: { 'note-taker': 'ben' } },
      { date: '2026-04-01', roles: { 'note-taker': 'dev' } },
    ]);
    expect(dueForRole(c, 'note-taker', everyone)).toEqual(['ana', 'ben', 'cho', 'dev']);
  });

  it('order two sessions on one day by their place in the file', () => {
    const c = cohort([
      { date: '2026-02-01', roles: { timekeeper: 'ana' } },
      { date: '2026-02-01', roles: { timekeeper: 'ben' } },
      { date: '2026-01-01', roles: { timekeeper: 'cho' } },
      { date: '2026-01-01', roles: { timekeeper: 'dev' } },
    ]);
    expect(dueForRole(c, 'timekeeper', everyone)).toEqual(['cho', 'dev', 'ana', 'ben']);
  });

  it('count the latest turn in each role separately', () => {
    const c = cohort([
      {
        date: '2026-02-01',
        roles: {
          facilitator: 'ana',
          'note-taker': 'ben',
          'data-reporter': 'cho',
          timekeeper: 'dev',
        },
      },
      {
        date: '2026-03-01',
        roles: {
          facilitator: 'ben',
          'note-taker': 'cho',
          'data-reporter': 'dev',
          timekeeper: 'ana',
        },
      },
    ]);
    expect(suggestRoles(c, everyone)).toEqual({
      // Cho and Dev never facilitated: Cho first by the rotation order.
      facilitator: 'cho',
      // Ana and Dev never took notes: Ana by the order.
      'note-taker': 'ana',
      // Ben never reported: Ben.
      'data-reporter': 'ben',
      // Ben and Cho never kept time but both have a role: Dev (February) is free.
      timekeeper: 'dev',
    });
  });

  it('never give two roles to one person while someone present is free', () => {
    const c = cohort([{ date: '2026-02-01', roles: { facilitator: 'cho', 'note-taker': 'cho' } }]);
    const roles = suggestRoles(c, ['cho', 'ben', 'dev']);
    expect(new Set(Object.values(roles)).size).toBe(3);
    expect(Object.keys(roles)).toHaveLength(3);
    // With one person present, that person gets one role; the rest are left to the facilitator.
    expect(Object.values(suggestRoles(c, ['cho']))).toEqual(['cho']);
  });

  it('keep the roles chosen by hand, and propose the others around them', () => {
    const roles = suggestRoles(cohort([]), everyone, { facilitator: 'dev', 'note-taker': null });
    expect(roles.facilitator).toBe('dev');
    expect(roles['note-taker']).toBeUndefined();
    expect(roles['data-reporter']).toBe('cho');
    expect(roles.timekeeper).toBe('ana');
    // A hand-picked holder who is not in the room is dropped, the role proposed again.
    expect(suggestRoles(cohort([]), ['ana', 'ben'], { facilitator: 'dev' }).facilitator).toBe(
      'ana',
    );
  });

  it('ignore members who left the cohort, even if they served', () => {
    const c = cohort([{ date: '2026-02-01', roles: { facilitator: 'eli' } }]);
    expect(dueForRole(c, 'facilitator', [...everyone, 'eli'])).toEqual([
      'cho',
      'ana',
      'ben',
      'dev',
    ]);
  });
});

describe('the last holder of a role', () => {
  it('is from the latest session by date, the later of two on one day', () => {
    const c = cohort([
      { date: '2026-02-01', roles: { facilitator: 'ana' } },
      { date: '2026-02-01', roles: { facilitator: 'ben' } },
      { date: '2026-01-01', roles: { facilitator: 'cho' } },
    ]);
    expect(lastHolder(c.sessions, 'facilitator')).toEqual({ memberId: 'ben', date: '2026-02-01' });
    expect(lastHolder(c.sessions, 'timekeeper')).toBeNull();
  });
});
