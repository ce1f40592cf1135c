/** The middle of the live screen: what the current segment of the protocol needs. */
import type { Phase } from '../../../shared/cohort/schema.ts';
import { challengeOwner, chosenChallenge, currentSegment } from '../../../shared/live/selectors.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { CommitmentsPanel } from '../Cohort/CommitmentsPanel.tsx';
import { ChallengesStage } from './ChallengesStage.tsx';
import { ChooseStage } from './ChooseStage.tsx';
import { CommitStage } from './CommitStage.tsx';
import { ContributionsStage } from './ContributionsStage.tsx';
import { DeckStage } from './DeckStage.tsx';
import { useLive } from './LiveContext.tsx';
import styles from './live.module.css';

const GUIDANCE: Record<Phase, string> = {
  'check-in':
    'Welcome everyone. Review the commitments from earlier sessions: celebrate what got done, offer help on blockers.',
  challenges:
    'Each person writes one challenge: complex, affecting others, taking mental energy. Or passes.',
  choose:
    'The group picks one challenge to work on: each person gives one vote and the facilitator breaks a tie, or pick one directly.',
  clarifying:
    'Go around the room: each person asks a question from the deck; the owner answers in no more than 30 seconds.',
  recommendations: 'Everyone in turn recommends a solution.',
  commit:
    'The owner states an action plan with a timeline; each action gets an owner and a due date.',
  reflect: 'Closing comments: what changed in how we see the problem?',
  custom: '',
};

export function PhaseStage() {
  const { state } = useLive();
  const segment = currentSegment(state);
  const owner = challengeOwner(state);
  const chosen = chosenChallenge(state);

  if (!segment) {
    return (
      <div className={`${styles.stage} ${styles.stageWelcome}`}>
        <h1 className={styles.stageTitle}>Ready when you are</h1>
        <p className={styles.stageLead}>
          {state.people.length} people are here. Begin the session to start the first segment and
          its timer.
        </p>
      </div>
    );
  }
  return (
    <div className={styles.stage}>
      <header className={styles.stageHeader}>
        <h1 className={styles.stageTitle}>{segment.title}</h1>
        {GUIDANCE[segment.phase] ? (
          <p className={styles.stageLead}>{GUIDANCE[segment.phase]}</p>
        ) : null}
        {chosen &&
        owner &&
        (segment.phase === 'clarifying' ||
          segment.phase === 'recommendations' ||
          segment.phase === 'commit') ? (
          <p className={styles.stageChallenge}>
            <strong>{owner.name}’s challenge:</strong> {chosen.text}
          </p>
        ) : null}
      </header>
      <StageBody phase={segment.phase} />
    </div>
  );
}

function StageBody({ phase }: { phase: Phase }) {
  switch (phase) {
    case 'check-in':
      return <CheckIn />;
    case 'challenges':
      return <ChallengesStage />;
    case 'choose':
      return <ChooseStage />;
    case 'clarifying':
      return <DeckStage />;
    case 'recommendations':
      return <ContributionsStage kind="recommendation" />;
    case 'commit':
      return <CommitStage />;
    case 'reflect':
      return <ContributionsStage kind="reflection" />;
    default:
      return null;
  }
}

function CheckIn() {
  const { state } = useLive();
  const cohort = useQuery('cohort.get', { cohortId: state.cohortId }, ['cohort.changed']);
  return cohort.data ? <CommitmentsPanel cohortId={state.cohortId} cohort={cohort.data} /> : null;
}
