/** The middle of the live screen: what the current segment of the protocol needs. */
import { lazy, Suspense, type ReactElement } from 'react';
import { challengeOwner, chosenChallenge, currentSegment } from '../../../shared/live/selectors.ts';
import { PHASE_WORDS, type Phase } from '../../../shared/vocabulary/phases.ts';
import { CohortCanHelp } from '../Commitments/CohortCanHelp.tsx';
import { ReflectJournal } from '../Journal/ReflectJournal.tsx';
import { ChallengesStage } from './ChallengesStage.tsx';
import { ChooseStage } from './ChooseStage.tsx';
import { CommitStage } from './CommitStage.tsx';
import { ContributionsStage } from './ContributionsStage.tsx';
import { DeckStage } from './DeckStage.tsx';
import { useLive } from './LiveContext.tsx';
import styles from './live.module.css';

export function PhaseStage() {
  const people = useLive((state) => state.people);
  const segment = useLive(currentSegment);
  const owner = useLive(challengeOwner);
  const chosen = useLive(chosenChallenge);

  if (!segment) {
    return (
      <div className={`${styles.stage} ${styles.stageWelcome}`}>
        <h1 className={styles.stageTitle}>Ready when you are</h1>
        <p className={styles.stageLead}>
          {people.length} people are here. Begin the session to start the first segment and its
          timer.
        </p>
      </div>
    );
  }
  const words = PHASE_WORDS[segment.phase];
  return (
    <div className={styles.stage}>
      <header className={styles.stageHeader}>
        <h1 className={styles.stageTitle}>{segment.title}</h1>
        {segment.cue ? (
          <p className={styles.stageCue}>
            <span className={styles.stageCueLabel}>The room’s cue</span> {segment.cue}
          </p>
        ) : null}
        {words.guidance ? <p className={styles.stageLead}>{words.guidance}</p> : null}
        {chosen && owner && words.showsChallenge ? (
          <p className={styles.stageChallenge}>
            <strong>{owner.name}’s challenge:</strong> {chosen.text}
          </p>
        ) : null}
      </header>
      <StageBody phase={segment.phase} />
    </div>
  );
}

// The review celebrates a commitment done with framer-motion: fetched when check-in comes, so the
// console's first load stays without the motion library.
const CheckInReview = lazy(() =>
  import('../Commitments/CheckInReview.tsx').then((module) => ({ default: module.CheckInReview })),
);

function StageBody({ phase }: { phase: Phase }): ReactElement | null {
  switch (phase) {
    case 'check-in':
      return (
        <Suspense fallback={null}>
          <CheckInReview />
        </Suspense>
      );
    case 'challenges':
      return <ChallengesStage />;
    case 'choose':
      return <ChooseStage />;
    case 'clarifying':
      return <DeckStage />;
    case 'recommendations':
    case 'consult':
      return (
        <>
          <CohortCanHelp />
          <ContributionsStage kind="recommendation" />
        </>
      );
    case 'commit':
      return <CommitStage />;
    case 'reflect':
      return (
        <>
          <ContributionsStage kind="reflection" />
          <ReflectJournal />
        </>
      );
    case 'custom':
      return null;
  }
}
