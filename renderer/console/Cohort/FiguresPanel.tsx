/**
 * The cohort's figures at a glance (seed 003: track what matters): for the cohort and each member,
 * commitments made, done, done on time, median days to done and attendance, as a table; then, as
 * charts, follow-through per member, airtime share across sessions and the questions asked per
 * category in each session. The charts load apart from the console's first load.
 */
import { lazy, Suspense } from 'react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import {
  attendanceRate,
  cohortFigures,
  type FollowThrough,
} from '../../../shared/commitments/figures.ts';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

const FigureCharts = lazy(() => import('./Figures/FigureCharts.tsx'));

const days = (value: number | null) => (value === null ? '—' : `${value} d`);

function Cells({ figures }: { figures: FollowThrough }) {
  return (
    <>
      <td>{figures.made}</td>
      <td>{figures.done}</td>
      <td>{figures.doneOnTime}</td>
      <td>{days(figures.medianDaysToDone)}</td>
    </>
  );
}

export function FiguresPanel({ cohort }: { cohort: Cohort }) {
  const figures = cohortFigures(cohort);
  if (figures.cohort.made === 0 && cohort.sessions.length === 0) return null;
  const rate = attendanceRate(figures.attendance);
  return (
    <section className={panels.panel} aria-labelledby="figures-heading">
      <div className={panels.header}>
        <h2 id="figures-heading">Figures</h2>
        {rate === null ? null : (
          <span className={panels.aside}>Attendance {Math.round(rate * 100)}%</span>
        )}
      </div>
      <table className={styles.figures} aria-label="Follow-through and attendance">
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Made</th>
            <th scope="col">Done</th>
            <th scope="col">On time</th>
            <th scope="col">Median to done</th>
            <th scope="col">Attended</th>
          </tr>
        </thead>
        <tbody>
          {figures.members.map((member) => (
            <tr key={member.memberId}>
              <th scope="row">{member.name}</th>
              <Cells figures={member} />
              <td>
                {member.attended} of {member.recorded}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">The cohort</th>
            <Cells figures={figures.cohort} />
            <td>{cohort.sessions.length} sessions</td>
          </tr>
        </tfoot>
      </table>
      <Suspense fallback={null}>
        <FigureCharts cohort={cohort} members={figures.members} />
      </Suspense>
    </section>
  );
}
