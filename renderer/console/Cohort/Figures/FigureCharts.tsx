/**
 * The cohort's figures as charts, where people would rather look than read: follow-through per
 * member (done on time, done late, still open), airtime share across every session, and the
 * questions asked per category in each session. Loaded with the cohort screen's figures, apart
 * from the console's first load.
 */
import type { Cohort } from '../../../../shared/cohort/schema.ts';
import { airtimeShares, questionsPerSession } from '../../../../shared/cohort/sessionFigures.ts';
import type { MemberFigures } from '../../../../shared/commitments/figures.ts';
import { formatDuration, plural } from '../../../../shared/time/durations.ts';
import { formatDate } from '../../../ui/format/dates.ts';
import { BarChart, type ChartSeries } from './BarChart.tsx';
import styles from './charts.module.css';

const FOLLOW_THROUGH: ChartSeries[] = [
  { name: 'Done on time', colour: 'var(--chart-on-time)' },
  { name: 'Done late', colour: 'var(--chart-late)' },
  { name: 'Open', colour: 'var(--chart-open)', outline: true },
];
const PALETTE = [1, 2, 3, 4, 5].map((n) => `var(--chart-${n})`);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const day = (iso: string) => formatDate(iso, { day: 'numeric', month: 'short' });

function FollowThroughChart({ members }: { members: MemberFigures[] }) {
  const rows = members.map((m) => ({
    label: m.name,
    values: [m.doneOnTime, m.done - m.doneOnTime, m.open],
  }));
  const summary = `Follow-through per member: ${members
    .map(
      (m) =>
        `${m.name}, ${m.doneOnTime} done on time, ${m.done - m.doneOnTime} done late, ${m.open} open`,
    )
    .join('; ')}.`;
  return (
    <BarChart
      title="Follow-through per member"
      summary={summary}
      series={FOLLOW_THROUGH}
      rows={rows}
      rowHeading="Member"
    />
  );
}

function AirtimeChart({ cohort }: { cohort: Cohort }) {
  const shares = airtimeShares(cohort);
  const spoken = cohort.sessions.filter((s) => s.airtime.length > 0).length;
  if (spoken === 0) return null;
  const title = `Airtime share across ${plural(spoken, 'session')}`;
  return (
    <BarChart
      title={title}
      summary={`${title}: ${shares.map((row) => `${row.name} ${percent(row.share)}`).join(', ')}.`}
      series={[{ name: 'Share of airtime', colour: 'var(--chart-1)' }]}
      rows={shares.map((row) => ({
        label: row.name,
        values: [row.share],
        end:
          row.speakingMs === 0
            ? 'did not speak'
            : `${percent(row.share)} · ${formatDuration(row.speakingMs)}`,
      }))}
      rowHeading="Person"
      formatValue={percent}
    />
  );
}

function QuestionsChart({ cohort }: { cohort: Cohort }) {
  const { categories, sessions } = questionsPerSession(cohort);
  if (sessions.length === 0) return null;
  // A category no session asked from would only crowd the key.
  const used = categories
    .map((category, index) => ({ category, index }))
    .filter(({ index }) => sessions.some((s) => s.counts[index]! > 0));
  const series = used.map(({ category }, n) => ({
    name: category.name,
    colour: PALETTE[n % PALETTE.length]!,
  }));
  const summary = `Questions asked per category, by session: ${sessions
    .map(
      (s) =>
        `${day(s.date)}, ${used
          .map(({ category, index }) => `${s.counts[index]} ${category.name}`)
          .join(', ')}`,
    )
    .join('; ')}.`;
  return (
    <BarChart
      title="Questions asked per category, by session"
      summary={summary}
      series={series}
      rows={sessions.map((s) => ({
        label: day(s.date),
        values: used.map(({ index }) => s.counts[index]!),
      }))}
      rowHeading="Session"
    />
  );
}

export default function FigureCharts({
  cohort,
  members,
}: {
  cohort: Cohort;
  members: MemberFigures[];
}) {
  return (
    <div className={styles.charts}>
      {members.some((m) => m.made > 0) ? <FollowThroughChart members={members} /> : null}
      <AirtimeChart cohort={cohort} />
      <QuestionsChart cohort={cohort} />
    </div>
  );
}
