/**
 * The next meeting from the cadence, and the calendar file parsed back with ical.js: the meeting on
 * the cadence's weekday at its start time for its length, and each open commitment on its due date.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { nextMeetingCalendar } from '../../../shared/report/calendar.ts';
import { nextMeeting } from '../../../shared/report/nextMeeting.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import { demo } from './demoCohort.ts';

describe('the next meeting', () => {
  const cadence = { every: 'week', durationMinutes: 60 } as const;

  it('is a week, two weeks or a month on, moved to the cadence’s weekday', () => {
    expect(nextMeeting({ ...cadence, weekday: 4 }, '2026-11-12')?.date).toBe('2026-11-19');
    expect(nextMeeting({ ...cadence, every: 'two-weeks', weekday: 4 }, '2026-11-12')?.date).toBe(
      '2026-11-26',
    );
    // Held a day late (a Friday): a weekly Thursday cohort still meets on the Thursday after.
    expect(nextMeeting({ ...cadence, weekday: 4 }, '2026-11-13')?.date).toBe('2026-11-19');
    expect(nextMeeting(cadence, '2026-12-30')?.date).toBe('2027-01-06');
    expect(nextMeeting({ ...cadence, every: 'month' }, '2027-01-31')?.date).toBe('2027-02-28');
    expect(nextMeeting({ ...cadence, every: 'month', weekday: 1 }, '2026-11-12')?.date).toBe(
      '2026-12-14',
    );
  });

  it('is none for an ad-hoc cohort', () => {
    expect(nextMeeting({ ...cadence, every: 'ad-hoc' }, '2026-11-12')).toBeNull();
  });
});

describe('the calendar file of the demo’s last session', () => {
  const session = demo.sessions.at(-1)!;
  const report = buildSessionReport(demo, session.id)!;
  const result = nextMeetingCalendar(report, demo.cadence);
  if (!result.ok) throw new Error(result.message);
  const calendar = new ICAL.Component(ICAL.parse(result.text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('parses back as one VCALENDAR with the meeting first', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(events.length).toBe(1 + report.actionPlan.filter((c) => c.status === 'open').length);
  });

  it('puts the meeting on the cadence’s next Thursday at 16:00 for 90 minutes, in room time', () => {
    const meeting = events[0]!;
    expect(meeting.summary).toBe(`${demo.name}: next session`);
    expect(meeting.startDate.toString()).toBe('2026-11-26T16:00:00');
    expect(meeting.startDate.isDate).toBe(false);
    expect(meeting.startDate.zone?.tzid).toBe('floating');
    expect(meeting.duration.toSeconds()).toBe(90 * 60);
    expect(meeting.uid).toBe(`${demo.id}.${session.id}.next-meeting@facilitator-console`);
    for (const c of report.actionPlan) expect(meeting.description).toContain(c.action);
  });

  it('has each open commitment as an all-day entry on its due date, naming its owner', () => {
    const open = report.actionPlan.filter((c) => c.status === 'open');
    expect(
      events.slice(1).map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate]),
    ).toEqual(open.map((c) => [`Due: ${c.action}`, c.dueDate, true]));
    expect(events[1]!.description).toContain(open[0]!.owner);
  });

  it('says in an entry how the group will know it is done, when the commitment says', () => {
    const hana = events.find((e) => e.summary.startsWith('Due: Hold three candidate'))!;
    expect(hana.description).toContain(
      'Done when: Three conversations are written up in the hiring notes.',
    );
    const jonas = events.find((e) => e.summary.startsWith('Due: Add a'))!;
    expect(jonas.description).not.toContain('Done when');
  });

  it('refuses, in words, for a cohort that meets ad hoc', () => {
    expect(nextMeetingCalendar(report, { ...demo.cadence, every: 'ad-hoc' })).toEqual({
      ok: false,
      message: `${demo.name} meets ad hoc: there is no next meeting.`,
    });
  });
});
