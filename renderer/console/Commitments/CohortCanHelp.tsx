/**
 * "The cohort can help with…": the blockers whose owners asked for help at this session's
 * check-in, brought back when the group recommends (seed 003: help offered early on blockers).
 */
import { HandHelping } from 'lucide-react';
import { helpAskedIn } from '../../../shared/commitments/review.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { useLive } from '../Live/LiveContext.tsx';
import styles from './Commitments.module.css';
import panels from '../../ui/Panel/Panel.module.css';

export function CohortCanHelp() {
  const cohortId = useLive((state) => state.cohortId);
  const sessionId = useLive((state) => state.sessionId);
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  if (!cohort.data) return null;
  const asked = helpAskedIn(cohort.data, sessionId);
  if (asked.length === 0) return null;
  const nameOf = (memberId: string) =>
    cohort.data?.members.find((member) => member.id === memberId)?.name ?? 'A former member';
  return (
    <section className={styles.canHelp} aria-labelledby="cohort-can-help">
      <h2 id="cohort-can-help" className={styles.canHelpTitle}>
        <HandHelping size={18} aria-hidden />
        The cohort can help with…
      </h2>
      <ul className={panels.rows}>
        {asked.map((help) => (
          <li key={`${help.ownerId}-${help.commitment}`}>
            <strong>{nameOf(help.ownerId)}</strong>: {help.blockers}
            <span className={styles.canHelpFor}> (for “{help.commitment}”)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
