/**
 * Choosing what to work on: the challenges as they are entered (names only when the facilitator
 * allows), then the vote (the tally once revealed) and the chosen challenge with its owner.
 */
import { m } from 'framer-motion';
import type { RoomStageOf } from '../../../shared/room/roomView.ts';
import { fadeSwap } from '../../ui/motion/presets.ts';
import { FitText } from '../FitText.tsx';
import { Prompt } from './TalkStages.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function ChallengeList({
  challenges,
  footer,
}: {
  challenges: { text: string; owner: string | null; votes?: number | null }[];
  footer: string;
}) {
  const most = Math.max(1, ...challenges.map((c) => c.votes ?? 0));
  return (
    <section className="room-list" aria-label="Challenges">
      <ol>
        {challenges.map((challenge, index) => (
          <li key={`${index}-${challenge.text}`} className="room-list__item">
            <span className="room-list__text">{challenge.text}</span>
            {challenge.owner ? <span className="room-list__meta">{challenge.owner}</span> : null}
            {challenge.votes != null ? (
              <span className="room-votes">
                <span
                  className="room-votes__bar"
                  aria-hidden="true"
                  style={{ transform: `scaleX(${challenge.votes / most})` }}
                />
                <span className="room-votes__count">
                  {plural(challenge.votes, 'vote', 'votes')}
                </span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {footer ? <p className="room-list__more">{footer}</p> : null}
    </section>
  );
}

export function ChallengesStage({
  stage,
  prompt,
}: {
  stage: RoomStageOf<'challenges'>;
  prompt: string;
}) {
  const passed = stage.passed > 0 ? plural(stage.passed, 'person passed', 'people passed') : '';
  return (
    <>
      <p className="room-aside">{prompt}</p>
      {stage.hidden > 0 ? (
        <p className="room-list__empty">
          {plural(stage.hidden, 'challenge written', 'challenges written')}: revealed together
        </p>
      ) : stage.challenges.length > 0 ? (
        <ChallengeList challenges={stage.challenges} footer={passed} />
      ) : (
        <p className="room-list__empty">{passed || 'No challenges yet.'}</p>
      )}
    </>
  );
}

export function ChooseStage({ stage, prompt }: { stage: RoomStageOf<'choose'>; prompt: string }) {
  if (stage.chosen) {
    return (
      <m.section
        key="chosen"
        className="room-chosen"
        aria-label="The chosen challenge"
        {...fadeSwap}
      >
        <p className="room-label room-label--category">Today’s challenge</p>
        <FitText text={stage.chosen.text} maxShare={0.1} className="room-prompt" />
        {stage.chosen.owner ? (
          <p className="room-aside">
            <span className="room-label">Owner</span>{' '}
            <strong className="room-aside__name">{stage.chosen.owner}</strong>
          </p>
        ) : null}
      </m.section>
    );
  }
  if (stage.options.length === 0) return <Prompt text={prompt} />;
  return (
    <>
      <p className="room-aside">{prompt}</p>
      <ChallengeList
        challenges={stage.options}
        footer={plural(stage.voted, 'vote cast', 'votes cast')}
      />
    </>
  );
}
