/**
 * The next meeting as an iCalendar file, written with the `ics` library, with each open
 * commitment of the action plan as an all-day entry on its due date, so the facilitator's calendar
 * holds both. The meeting's time is floating (no time zone): 16:00 is 16:00 where the room is.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { reportTitle } from './reportWords.ts';
import { nextMeeting } from './nextMeeting.ts';
import type { Cadence } from '../cohort/schema.ts';
import type { SessionReport } from './sessionReport.ts';

const dateArray = (iso: string): [number, number, number] => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return [year, month, day];
};

/** Ids that stay the same when the same session is exported again, so a calendar updates. */
const uid = (report: SessionReport, what: string) =>
  `${report.cohort.id}.${report.sessionId}.${what}@facilitator-console`;

export type CalendarResult = { ok: true; text: string } | { ok: false; message: string };

export function nextMeetingCalendar(report: SessionReport, cadence: Cadence): CalendarResult {
  const next = nextMeeting(cadence, report.date);
  if (!next)
    return { ok: false, message: `${report.cohort.name} meets ad hoc: there is no next meeting.` };
  const [hour, minute] = (next.startTime ?? '09:00').split(':').map(Number) as [number, number];
  const start: DateArray = [...dateArray(next.date), hour, minute];
  const meeting: EventAttributes = {
    uid: uid(report, 'next-meeting'),
    title: `${report.cohort.name}: next session`,
    description: [
      `After ${reportTitle(report)}.`,
      ...report.actionPlan
        .filter((c) => c.status === 'open')
        .map((c) => `${c.owner}: ${c.action} (due ${c.dueDate})`),
    ].join('\n'),
    start,
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: next.durationMinutes },
    status: 'CONFIRMED',
  };
  const reminders: EventAttributes[] = report.actionPlan
    .filter((c) => c.status === 'open')
    .map((c, index) => {
      const day = new Date(`${c.dueDate}T00:00:00Z`);
      const after = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
      return {
        uid: uid(report, `commitment-${index + 1}`),
        title: `Due: ${c.action}`,
        description: [
          `${c.owner} committed to this in ${reportTitle(report)} (${report.cohort.name}).`,
          ...(c.successSignal ? [`Done when: ${c.successSignal}`] : []),
        ].join('\n'),
        start: dateArray(c.dueDate),
        end: dateArray(after),
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
      };
    });
  const { error, value } = createEvents([meeting, ...reminders], {
    productId: 'facilitator-console/report',
    calName: report.cohort.name,
  });
  return error || !value
    ? { ok: false, message: error?.message ?? 'No calendar was written.' }
    : { ok: true, text: value };
}
