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
            successSignal: 'Two quotes are in',
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
          {
            id: 'k5',
            ownerId: 'ben',
            text: 'Book the agency',
            dueDate: '2026-11-30',
            createdAt: '2026-11-18T10:00:00Z',
            status: 'done',
            closedInSessionId: 's2',
          },
          {
            id: 'k6',
            ownerId: 'ben',
            text: 'Write the ad',
            dueDate: '2026-12-01',
            createdAt: '2026-11-18T10:00:00Z',
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
        progressUpdates: [
          {
            id: 'p3',
            commitmentId: 'k6',
            at: '2026-12-02T10:05:00Z',
            blockers: 'Legal has not signed off',
            helpAsked: true,
          },
          {
            id: 'p4',
            commitmentId: 'k2',
            at: '2026-12-02T10:06:00Z',
            blockers: 'Waiting on HR',
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

  it('brings back open commitments from earlier sessions and those this review closed, soonest due, with their success signal and the last word', () => {
    const context = roomContextOf(cohort(), 's2');
    expect(context?.reviews).toEqual({
      ana: [
        {
          text: 'Draft the role',
          dueDate: '2026-11-22',
          successSignal: null,
          lastUpdate: 'Waiting on HR',
          status: 'open',
        },
        {
          text: 'Call two agencies',
          dueDate: '2026-11-25',
          successSignal: 'Two quotes are in',
          lastUpdate: 'Called both',
          status: 'open',
        },
      ],
      ben: [
        {
          text: 'Book the agency',
          dueDate: '2026-11-30',
          successSignal: null,
          lastUpdate: null,
          status: 'done',
        },
        {
          text: 'Write the ad',
          dueDate: '2026-12-01',
          successSignal: null,
          lastUpdate: 'Legal has not signed off',
          status: 'open',
        },
      ],
    });
  });

  it('brings back blockers with help asked in this session, and only those', () => {
    expect(roomContextOf(cohort(), 's2')?.help).toEqual([
      { name: 'Ben', blockers: 'Legal has not signed off' },
    ]);
    expect(roomContextOf(cohort(), 's1')?.help).toEqual([]);
  });

  it('has nothing for a session the cohort does not have', () => {
    expect(roomContextOf(cohort(), 'nope')).toBeNull();
  });
});
