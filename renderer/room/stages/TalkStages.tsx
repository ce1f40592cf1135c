/**
 * The stages where people talk in turn: check-in (the speaker's commitments under review), the
 * clarifying rounds (the question and who answers), recommendations (the challenge in a line),
 * reflection (the prompt) and a custom segment (the question, if one is shown).
 */
import { AnimatePresence, m } from 'framer-motion';
import { PartyPopper } from 'lucide-react';
import type { RoomStageOf } from '../../../shared/room/roomView.ts';
import { celebrate, fadeSwap } from '../../ui/motion/presets.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { QUESTION_MAX_SHARE } from '../../../shared/room/readability.ts';
import { FitText } from '../FitText.tsx';
import reviewStyles from './review.module.css';

const PROMPT_MAX_SHARE = 0.09;

export function Prompt({ text }: { text: string }) {
  return <FitText text={text} maxShare={PROMPT_MAX_SHARE} className="room-prompt" />;
}

function Question({ question }: { question: { text: string; category: string } }) {
  return (
    <AnimatePresence mode="wait">
      <m.div key={question.text} className="room-question" {...fadeSwap}>
        <p className="room-label room-label--category">{question.category}</p>
        <FitText
          as="h1"
          text={question.text}
          maxShare={QUESTION_MAX_SHARE}
          className="room-question__text"
        />
      </m.div>
    </AnimatePresence>
  );
}

export function CheckInStage({
  stage,
  prompt,
}: {
  stage: RoomStageOf<'check-in'>;
  prompt: string;
}) {
  const { review } = stage;
  if (!review) return <Prompt text={prompt} />;
  return (
    <section className="room-list" aria-label={`${review.name}’s commitments`}>
      <h2 className="room-list__title">{review.name}’s commitments</h2>
      {review.items.length === 0 ? (
        <p className="room-list__empty">Nothing open from earlier sessions.</p>
      ) : (
        <ul>
          {review.items.map((item) => (
            <li
              key={`${item.text}-${item.dueDate}`}
              className={`room-list__item ${item.status === 'done' ? reviewStyles.done : ''}`}
            >
              <span className="room-list__text">{item.text}</span>
              {item.status === 'done' ? (
                <m.span className={reviewStyles.doneMark} {...celebrate}>
                  <PartyPopper aria-hidden size="1em" />
                  Done!
                </m.span>
              ) : null}
              <span className="room-list__meta">
                Due {formatDate(item.dueDate, { day: 'numeric', month: 'short' })}
                {item.lastUpdate ? ` · Last update: ${item.lastUpdate}` : ''}
              </span>
              {item.successSignal ? (
                <span className="room-list__signal">Done when: {item.successSignal}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {review.more > 0 ? <p className="room-list__more">and {review.more} more</p> : null}
    </section>
  );
}

export function ClarifyingStage({
  stage,
  prompt,
}: {
  stage: RoomStageOf<'clarifying'>;
  prompt: string;
}) {
  return (
    <>
      {stage.question ? <Question question={stage.question} /> : <Prompt text={prompt} />}
      {stage.owner ? (
        <p className="room-aside">
          <span className="room-label">Answering</span>{' '}
          <strong className="room-aside__name">{stage.owner}</strong>
        </p>
      ) : null}
    </>
  );
}

export function ChallengeLine({
  challenge,
}: {
  challenge: { text: string; owner: string | null };
}) {
  return (
    <p className="room-challenge-line">
      <span className="room-label">
        {challenge.owner ? `${challenge.owner}’s challenge` : 'The challenge'}
      </span>{' '}
      {challenge.text}
    </p>
  );
}

export function RecommendationsStage({
  stage,
  prompt,
}: {
  stage: RoomStageOf<'recommendations'>;
  prompt: string;
}) {
  return (
    <>
      {stage.challenge ? <ChallengeLine challenge={stage.challenge} /> : null}
      <Prompt text={prompt} />
      {stage.help.length > 0 ? (
        <section className={`room-list ${reviewStyles.help}`} aria-labelledby="room-help-title">
          <h2 id="room-help-title" className={reviewStyles.helpTitle}>
            The cohort can help with…
          </h2>
          <ul>
            {stage.help.map((help) => (
              <li key={`${help.name}-${help.blockers}`} className="room-list__item">
                <span className="room-list__text">
                  <strong className="room-list__who">{help.name}</strong> {help.blockers}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ConsultStage({ stage, prompt }: { stage: RoomStageOf<'consult'>; prompt: string }) {
  return (
    <>
      {stage.challenge ? <ChallengeLine challenge={stage.challenge} /> : null}
      <Prompt text={prompt} />
    </>
  );
}

export function ReflectStage({ prompt }: { prompt: string }) {
  return <Prompt text={prompt} />;
}

export function CustomStage({ stage, prompt }: { stage: RoomStageOf<'custom'>; prompt: string }) {
  if (stage.question) return <Question question={stage.question} />;
  return prompt ? <Prompt text={prompt} /> : null;
}
