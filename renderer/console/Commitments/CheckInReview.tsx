/**
 * The accountability review at check-in, per person (seed 003): when a member has the floor, their
 * commitments from earlier sessions come back here (and on the room's screen) to be marked done,
 * progressed, blocked or dropped in place. With nobody on the floor, the whole group's list shows.
 */
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { reviewsAt } from '../../../shared/commitments/review.ts';
import { personById } from '../../../shared/live/selectors.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { MotionFeatures } from '../../ui/motion/MotionFeatures.tsx';
import { todayIso } from '../../ui/format/dates.ts';
import { CommitmentsPanel } from '../Cohort/CommitmentsPanel.tsx';
import { useLive } from '../Live/LiveContext.tsx';
import { ReviewItem } from './ReviewItem.tsx';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './Commitments.module.css';

export function CheckInReview() {
  const cohortId = useLive((state) => state.cohortId);
  const speaking = useLive((state) => personById(state, state.queue.floor ?? ''));
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  if (!cohort.data) return null;
  if (!speaking?.memberId) return <CommitmentsPanel cohortId={cohortId} cohort={cohort.data} />;
  return (
    <PersonReview
      cohortId={cohortId}
      cohort={cohort.data}
      memberId={speaking.memberId}
      name={speaking.name}
    />
  );
}

interface PersonReviewProps {
  cohortId: string;
  cohort: Cohort;
  memberId: string;
  name: string;
}

function PersonReview({ cohortId, cohort, memberId, name }: PersonReviewProps) {
  const sessionId = useLive((state) => state.sessionId);
  const today = cohort.sessions.find((s) => s.id === sessionId)?.date ?? todayIso();
  const items = reviewsAt(cohort, sessionId).get(memberId) ?? [];
  const heading = `${name}’s commitments`;
  return (
    <section className={panels.panel} aria-label={heading}>
      <div className={panels.header}>
        <h2>{heading}</h2>
        <span className={panels.count}>
          {items.filter((i) => i.commitment.status === 'open').length}
        </span>
      </div>
      {items.length === 0 ? (
        <p className={panels.empty}>Nothing open from earlier sessions.</p>
      ) : (
        <MotionFeatures>
          <ul className={styles.reviewList} aria-label={`${name}’s commitments under review`}>
            {items.map((review) => (
              <ReviewItem
                key={review.commitment.id}
                cohortId={cohortId}
                sessionId={sessionId}
                ownerName={name}
                today={today}
                review={review}
              />
            ))}
          </ul>
        </MotionFeatures>
      )}
    </section>
  );
}
