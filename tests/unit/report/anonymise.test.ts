/** The anonymised copy of the demo cohort: no member's or guest's name anywhere in it. */
import { describe, expect, it } from 'vitest';
import { anonymiseCohort } from '../../../shared/cohort/anonymise.ts';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import { demo } from './demoCohort.ts';

const copy = anonymiseCohort(demo);
const text = JSON.stringify(copy);

const names = [
  ...demo.members.map((m) => m.name),
  ...demo.sessions.flatMap((s) => s.attendance.map((a) => a.name)),
];

describe('the anonymised copy of a cohort', () => {
  it('contains no member’s or guest’s name, full or first', () => {
    for (const name of new Set(names)) {
      expect(text, name).not.toContain(name);
      expect(text, name).not.toMatch(new RegExp(`(?<!\\p{L})${name.split(' ')[0]}(?!\\p{L})`, 'u'));
    }
  });

  it('calls members by their roles and guests by number, the same in every session', () => {
    const roles = demo.members.map((m) => m.role);
    expect(copy.members.map((m) => m.name)).toEqual(
      roles.map((role, index) => role || `Member ${index + 1}`),
    );
    const guests = copy.sessions.flatMap((s) => s.attendance.filter((a) => !a.memberId));
    expect(new Set(guests.map((g) => g.name))).toEqual(new Set(['Guest 1']));
  });

  it('leaves the private journal out and is still a cohort that reports', () => {
    expect(copy.journal).toEqual([]);
    const parsed = CohortSchema.parse(JSON.parse(text));
    const report = buildSessionReport(parsed, parsed.sessions.at(-1)!.id)!;
    expect(report.actionPlan.length).toBe(demo.sessions.at(-1)!.commitments.length);
    expect(report.challenge?.owner).toBe(
      copy.members.find((m) => m.id === 'm-jonas')?.name ?? 'not found',
    );
  });

  it('replaces whole words only, and a full name before a first name', () => {
    const cohort = CohortSchema.parse({
      ...JSON.parse(JSON.stringify(demo)),
      members: [{ id: 'm-ana', name: 'Ana Lee', role: 'Designer' }],
      sessions: [
        {
          id: 's1',
          date: '2026-01-01',
          attendance: [{ id: 'a1', memberId: 'm-ana', name: 'Ana Lee' }],
          notes: [{ id: 'n1', at: '2026-01-01T10:00:00Z', text: 'Ana Lee said Ana likes bananas' }],
        },
      ],
    });
    expect(anonymiseCohort(cohort).sessions[0]!.notes[0]!.text).toBe(
      'Designer said Designer likes bananas',
    );
  });

  it('replaces names in a commitment’s success signal too', () => {
    const cohort = CohortSchema.parse({
      ...JSON.parse(JSON.stringify(demo)),
      members: [{ id: 'm-ana', name: 'Ana Lee', role: 'Designer' }],
      sessions: [
        {
          id: 's1',
          date: '2026-01-01',
          attendance: [{ id: 'a1', memberId: 'm-ana', name: 'Ana Lee' }],
          commitments: [
            {
              id: 'k1',
              ownerId: 'm-ana',
              text: 'Send the draft',
              dueDate: '2026-01-08',
              successSignal: 'Ana has the draft in her inbox',
              createdAt: '2026-01-01T10:00:00Z',
            },
          ],
        },
      ],
    });
    expect(anonymiseCohort(cohort).sessions[0]!.commitments[0]!.successSignal).toBe(
      'Designer has the draft in her inbox',
    );
  });
});
