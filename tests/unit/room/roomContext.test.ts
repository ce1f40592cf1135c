import { describe, expect, it } from 'vitest';
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';
import { roomContextOf } from '../../../shared/room/roomContext.ts';

const cohort = (): Cohort =>
  CohortSchema.parse({
    schemaVersion: 1,
    id: 'c',
    name: 'Product leads',
    createdAt: '2026-11-01T09:00:00Z',
    members: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
    ],
    roomSize: { farthestSeatMetres: 8, screenHeightMetres: 1.2 },
    sessions: [
      {
        id: 's1',
        date: '2026-11-18',
        commitments: [
          {
            id: 'k1',
            ownerId: 'ana',
            text: 'Call two agencies',
            dueDate: '2026-11-25',
            createdAt: '2026-11-18T10:00:00Z',
          },
          {
            id: 'k2',
            ownerId: 'ana',
            text: 'Draft the role',
            dueDate: '2026-11-22',
            createdAt: '2026-11-18T10:00:00Z',
          },
          {
            id: 'k3',
            ownerId: 'ben',
            text: 'Cancel a meeting',
            dueDate: '2026-11-22',
            createdAt: '2026-11-18T10:00:00Z',
            status: 'done',
          },
        ],
        progressUpdates: [
          { id: 'p1', commitmentId: 'k1', at: '2026-11-20T10:00:00Z', accomplished: 'Called one' },
          { id: 'p2', commitmentId: 'k1', at: '2026-11-24T10:00:00Z', accomplished: 'Called both' },
        ],
      },
      {
        id: 's2',
        date: '2026-12-02',
        title: 'Hiring, again',
        roles: { facilitator: 'ben', 'note-taker': 'ana' },
        commitments: [
          {
            id: 'k4',
            ownerId: 'ana',
            text: 'Made today',
            dueDate: '2026-12-09',
            createdAt: '2026-12-02T10:00:00Z',
          },
        ],
      },
    ],
  });

describe("the cohort's part of the room's screen", () => {
  it('names the cohort, the session, its date and the roles of the day', () => {
    expect(roomContextOf(cohort(), 's2')).toMatchObject({
      cohortName: 'Product leads',
      title: 'Hiring, again',
      date: '2026-12-02',
      roles: [
        { role: 'Facilitator', name: 'Ben' },
        { role: 'Note-taker', name: 'Ana' },
      ],
      roomSize: { farthestSeatMetres: 8, screenHeightMetres: 1.2 },
    });
  });

  it('brings back open commitments from earlier sessions, soonest due, with the last update', () => {
    const context = roomContextOf(cohort(), 's2');
    expect(context?.reviews).toEqual({
      ana: [
        { text: 'Draft the role', dueDate: '2026-11-22', lastUpdate: null },
        { text: 'Call two agencies', dueDate: '2026-11-25', lastUpdate: 'Called both' },
      ],
    });
  });

  it('has nothing for a session the cohort does not have', () => {
    expect(roomContextOf(cohort(), 'nope')).toBeNull();
  });
});
