/** Rotating roles: the next person for each role, after whoever held it last, among those present. */
import { describe, expect, it } from 'vitest';
import { rotationOrder, suggestRoles } from '../../../shared/cohort/rotation.ts';
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';

function cohort(sessions: { date: string; roles: Cohort['sessions'][number]['roles'] }[]): Cohort {
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

  it('pass each role to the next person after the latest holder', () => {
    const c = cohort([
      {
        date: '2026-02-01',
        roles: { facilitator: 'ana', 'note-taker': 'ben', 'data-reporter': 'dev' },
      },
      { date: '2026-01-01', roles: { facilitator: 'dev', 'note-taker': 'dev' } },
    ]);
    expect(suggestRoles(c, everyone)).toEqual({
      facilitator: 'ben',
      'note-taker': 'dev',
      'data-reporter': 'cho',
    });
  });

  it('skip people not in the room, and anyone already given a role', () => {
    const c = cohort([{ date: '2026-02-01', roles: { facilitator: 'cho', 'note-taker': 'cho' } }]);
    expect(suggestRoles(c, ['cho', 'ben', 'dev'])).toEqual({
      facilitator: 'ben',
      'note-taker': 'dev',
    });
    // With one person present, that person is suggested once.
    expect(suggestRoles(c, ['cho'])).toEqual({ facilitator: 'cho' });
  });

  it('start from the top when the last holder has left, and suggest nothing without history', () => {
    expect(
      suggestRoles(cohort([{ date: '2026-02-01', roles: { facilitator: 'eli' } }]), everyone),
    ).toEqual({
      facilitator: 'cho',
    });
    expect(suggestRoles(cohort([]), everyone)).toEqual({});
  });
});
