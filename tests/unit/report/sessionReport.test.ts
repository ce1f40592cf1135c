import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CohortSchema, type RunLogEntry } from '../../../shared/cohort/schema.ts';
import { commandEntry, startEntry } from '../../../shared/live/replay.ts';
import { reportMarkdown } from '../../../shared/report/markdown.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import { init, PEOPLE, T0 } from '../live/fixtures.ts';

const demo = CohortSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../build/demo/Demo — Product leads circle.cohort'),
      'utf8',
    ),
  ),
);
const session = demo.sessions.at(-1)!;
const first = demo.sessions[0]!;

describe('the report of an ended session', () => {
  const report = buildSessionReport(demo, session.id)!;

  it('names the chosen challenge and its owner', () => {
    expect(report.challenge?.owner).toBe('Jonas Lindqvist');
    expect(report.challenge?.text.length).toBeGreaterThan(10);
  });

  it('gives airtime for everyone present, guests included, with shares adding up to one', () => {
    expect(report.airtime.map((row) => row.name)).toContain('Leah Brenner');
    const shares = report.airtime.reduce((sum, row) => sum + row.share, 0);
    expect(shares).toBeCloseTo(1, 6);
    const jonas = report.airtime.find((row) => row.name === 'Jonas Lindqvist')!;
    expect(jonas).toMatchObject({ speakingMs: 690_000, turns: 10 });
  });

  it('groups notes by kind in a fixed order and credits their authors', () => {
    expect(report.notes.map((group) => group.kind)).toEqual([
      'recommendation',
      'question',
      'reflection',
      'note',
    ]);
    const recommendations = report.notes.find((group) => group.kind === 'recommendation')!;
    expect(recommendations.items.map((item) => item.who)).toEqual(['Priya Raman', 'Leah Brenner']);
  });

  it('names commitment owners from the member list and counts questions per category in deck order', () => {
    expect(report.actionPlan.map((c) => c.owner)).toEqual([
      'Jonas Lindqvist',
      'Hana Sato',
      'Tomás Herrera',
    ]);
    expect(report.asks.slice(0, 4)).toEqual([
      { category: 'Framing', count: 5 },
      { category: 'Forward-thinking', count: 3 },
      { category: 'Milestones', count: 2 },
      { category: 'Support', count: 2 },
    ]);
  });

  it('has no actual segment times for a session not run in the console', () => {
    expect(report.segments.every((segment) => segment.actualMs === null)).toBe(true);
    expect(report.runMs).toBeNull();
  });

  it("names who held each rotating role, in the roles' order", () => {
    expect(report.roles).toEqual([
      { role: 'facilitator', label: 'Facilitator', name: 'Jonas Lindqvist' },
      { role: 'note-taker', label: 'Note-taker', name: 'Priya Raman' },
      { role: 'data-reporter', label: 'Data reporter', name: 'Tomás Herrera' },
    ]);
  });

  it('brings back the earlier commitments reviewed, with every update given on them so far, oldest first', () => {
    const made = new Map(first.commitments.map((c) => [c.id, c.text]));
    expect(report.reviewed.map((c) => c.action)).toEqual(
      session.progressUpdates.map((u) => made.get(u.commitmentId)),
    );
    const tomas = report.reviewed.find((c) => c.owner === 'Tomás Herrera')!;
    expect(tomas.madeIn).toBe(first.title);
    expect(tomas.successSignal).toBe('The first list is on the sprint board.');
    // One update given between the sessions (recorded in the first), one at this check-in.
    expect(tomas.updates).toEqual([
      {
        at: '2026-11-05T12:30:00+01:00',
        accomplished: 'Read all 40 findings with the designer.',
        remaining: 'Sort them into the two lists.',
        blockers: '',
        helpAsked: false,
      },
      expect.objectContaining({ blockers: 'Sprint planning was moved twice.', helpAsked: false }),
    ]);
  });

  it('reviews nothing in the session a commitment was made in, even with an update recorded there', () => {
    expect(buildSessionReport(demo, first.id)!.reviewed).toEqual([]);
  });

  it('carries the action plan with owners and due dates and counts every question asked', () => {
    expect(report.actionPlan.map((c) => c.dueDate)).toEqual(
      session.commitments.map((c) => c.dueDate),
    );
    expect(report.askTotal).toBe(Object.values(session.askCounts).reduce((a, b) => a + b, 0));
  });

  it('carries shareable journal entries of the session, never a private one', () => {
    const member = demo.members[0]!;
    const entry = (id: string, text: string, shareable: boolean, sessionId = session.id) => ({
      id,
      memberId: member.id,
      at: '2026-11-12T18:00:00.000Z',
      text,
      sessionId,
      shareable,
      commitmentIds: [],
    });
    const withJournal = {
      ...demo,
      journal: [
        ...demo.journal,
        entry('j-secret', 'A private thought nobody reads', false),
        {
          ...entry('j-shared', 'Asking for the smallest step unblocked me', true),
          prompt: 'What did I learn from others today?',
        },
        entry('j-elsewhere', 'Shared, but in another session', true, first.id),
      ],
    } as typeof demo;
    const built = buildSessionReport(withJournal, session.id)!;
    expect(built.journal).toEqual([
      {
        name: member.name,
        prompt: 'What did I learn from others today?',
        text: 'Asking for the smallest step unblocked me',
      },
    ]);
    const markdown = reportMarkdown(built);
    expect(markdown).toContain('## From the journal');
    expect(markdown).toContain('Asking for the smallest step unblocked me');
    expect(markdown).not.toContain('A private thought');
    const text = JSON.stringify(built);
    expect(text).not.toContain('A private thought');
    expect(text).not.toContain('in another session');
    for (const old of demo.journal) if (!old.shareable) expect(text).not.toContain(old.text);
  });

  it('has no report for a session the cohort does not have', () => {
    expect(buildSessionReport(demo, 'no-such-session')).toBeNull();
  });
});

describe('the follow-up of earlier commitments', () => {
  const at = (day: string) => `${day}T10:00:00Z`;
  const cohort = CohortSchema.parse({
    schemaVersion: 1,
    id: 'c',
    name: 'Circle',
    createdAt: at('2026-10-01'),
    members: [{ id: 'ana', name: 'Ana' }],
    sessions: [
      {
        id: 's1',
        date: '2026-10-01',
        commitments: [
          {
            id: 'k1',
            ownerId: 'ana',
            text: 'Ship v1',
            dueDate: '2026-10-10',
            createdAt: at('2026-10-01'),
          },
          {
            id: 'k2',
            ownerId: 'ana',
            text: 'Book the room',
            dueDate: '2026-10-10',
            createdAt: at('2026-10-01'),
            status: 'done',
            completedAt: at('2026-10-15'),
            closedInSessionId: 's2',
          },
        ],
      },
      {
        id: 's2',
        date: '2026-10-15',
        progressUpdates: [
          {
            id: 'p2',
            commitmentId: 'k1',
            at: at('2026-10-15'),
            blockers: 'No reviewer',
            helpAsked: true,
          },
          { id: 'p1', commitmentId: 'k1', at: at('2026-10-08'), accomplished: 'Draft done' },
        ],
      },
      {
        id: 's3',
        date: '2026-10-29',
        progressUpdates: [
          { id: 'p3', commitmentId: 'k1', at: at('2026-10-29'), accomplished: 'Reviewed' },
        ],
      },
    ],
  });

  it('shows the updates given up to the session, by date, with help asked, and leaves later ones out', () => {
    const [k1] = buildSessionReport(cohort, 's2')!.reviewed;
    expect(k1?.updates.map((u) => [u.at.slice(0, 10), u.helpAsked])).toEqual([
      ['2026-10-08', false],
      ['2026-10-15', true],
    ]);
    expect(buildSessionReport(cohort, 's3')!.reviewed[0]?.updates).toHaveLength(3);
  });

  it('counts a commitment marked done at check-in without an update as followed up', () => {
    expect(buildSessionReport(cohort, 's2')!.reviewed.map((c) => [c.action, c.status])).toEqual([
      ['Ship v1', 'open'],
      ['Book the room', 'done'],
    ]);
    expect(buildSessionReport(cohort, 's3')!.reviewed.map((c) => c.action)).toEqual(['Ship v1']);
  });
});

describe('the report of a session run in the console', () => {
  const MINUTE = 60_000;
  const entries: RunLogEntry[] = [
    startEntry(init(), T0),
    commandEntry(1, T0 + 7 * MINUTE, { type: 'agenda.next' }),
    commandEntry(2, T0 + 19 * MINUTE, { type: 'agenda.next' }),
    commandEntry(3, T0 + 25 * MINUTE, { type: 'session.end' }),
  ];
  const cohort = CohortSchema.parse({
    schemaVersion: 1,
    id: 'cohort-1',
    name: 'Product leads',
    createdAt: '2026-03-01T09:00:00.000Z',
    members: PEOPLE.map((p) => ({ id: p.id, name: p.name })),
    sessions: [
      {
        id: 'session-1',
        date: '2026-03-01',
        attendance: PEOPLE.map((p) => ({ id: p.id, memberId: p.id, name: p.name })),
        agenda: init().agenda,
        runLog: entries,
        endedAt: '2026-03-01T10:30:00.000Z',
      },
    ],
  });
  const report = buildSessionReport(cohort, 'session-1')!;

  it('replays its run log for the time each segment took and the length of the run', () => {
    expect(report.ran).toBe(true);
    expect(report.runMs).toBe(25 * MINUTE);
    // The run opens before the first segment: the first "next" begins the session.
    expect(report.segments.slice(0, 2).map((s) => s.actualMs)).toEqual([12 * MINUTE, 6 * MINUTE]);
    expect(report.segments.slice(2).every((s) => s.actualMs === null)).toBe(true);
  });
});
