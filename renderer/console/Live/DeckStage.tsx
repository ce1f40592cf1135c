/**
 * The question deck during the clarifying rounds: preview a question, show it to the room, move
 * through the categories in order, or draw the next one the owner has not been asked yet.
 */
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { TriangleAlert } from 'lucide-react';
import { estimateQuestionShare, readableAt } from '../../../shared/room/readability.ts';
import type { RoomView } from '../../../shared/room/roomView.ts';
import { useRoomPart } from '../../bridge/useRoomView.ts';
import room from './roomPanel.module.css';
import { lastAskedBefore } from '../../../shared/live/deck.ts';
import {
  askCounts,
  challengeOwner,
  currentQuestion,
  shownQuestion,
} from '../../../shared/live/selectors.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { ActionButton } from './ActionButton.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

const minimumShareOf = (view: RoomView) => view.minimumTextShare;

/** A question too long to be set large enough for the farthest seat of this cohort's room. */
function ReadabilityWarning({ text }: { text: string }) {
  const minimumShare = useRoomPart(minimumShareOf);
  if (!minimumShare || readableAt(estimateQuestionShare(text.length), minimumShare)) return null;
  return (
    <p className={room.warning} role="note">
      <TriangleAlert size={16} aria-hidden="true" />
      Long for this room: from the farthest seat it may be too small to read. Shorten it, or ask
      people to move closer.
    </p>
  );
}

export function DeckStage() {
  const send = useLiveSend();
  const deck = useLive((state) => state.deck);
  const challenges = useLive((state) => state.challenges);
  const current = useLive(currentQuestion);
  const shown = useLive(shownQuestion);
  const counts = useLive(askCounts);
  const category = current?.category ?? deck.bank.categories[0];
  const askedHere = new Set(
    deck.asked
      .filter((mark) => mark.challengeId === challenges.chosenId)
      .map((mark) => mark.questionId),
  );
  // The deck's memory: what this owner was asked in earlier sessions, and when last.
  const owner = useLive(challengeOwner);
  const earlier = lastAskedBefore(deck, owner?.id ?? null);
  const askedBefore = (questionId: string) => {
    const date = earlier.get(questionId);
    if (!date || !owner) return null;
    return (
      <span className={styles.deckAskedBefore}>
        asked of {owner.name} on {formatDate(date, { day: 'numeric', month: 'short' })}
      </span>
    );
  };
  const inCategory = deck.bank.questions.filter((question) => question.categoryId === category?.id);

  return (
    <section className={styles.deck} aria-label="Question deck">
      <div className={styles.deckTabs} role="tablist" aria-label="Question categories">
        {deck.bank.categories.map((c) => (
          <button
            key={c.id}
            type="button"
            role="tab"
            aria-selected={c.id === category?.id}
            onClick={() => void send({ type: 'deck.category', categoryId: c.id })}
          >
            {c.name}
            <span className={styles.deckCount} aria-label={`${counts[c.id] ?? 0} asked`}>
              {counts[c.id] ?? 0}
            </span>
          </button>
        ))}
      </div>

      <article
        className={styles.questionCard}
        data-shown={current?.shown || undefined}
        aria-label="Selected question"
      >
        {current ? (
          <>
            <p className={styles.questionCardMeta}>
              {current.category.name} · question {current.number} of {current.of}
              {current.asked && !current.shown ? (
                <span className={badges.quiet}>Asked already</span>
              ) : null}
              {current.shown ? (
                <span className={badges.live}>On the screen</span>
              ) : (
                <span className={badges.quiet}>Preview</span>
              )}
            </p>
            <p className={styles.questionCardText}>{current.question.text}</p>
            {askedBefore(current.question.id)}
            <ReadabilityWarning text={current.question.text} />
            {current.category.hint ? (
              <p className={styles.questionCardHint}>{current.category.hint}</p>
            ) : null}
          </>
        ) : (
          <p className={`${styles.questionCardText} ${styles.questionCardTextEmpty}`}>
            Choose a question, or draw the next one.
          </p>
        )}
        <div className={styles.questionCardActions}>
          <ActionButton
            action="previous-question"
            className={buttons.button}
            aria-label="Previous question"
          >
            <ArrowLeft size={16} />
            Previous
          </ActionButton>
          <ActionButton
            action="next-question"
            className={buttons.button}
            aria-label="Next question"
          >
            Next
            <ArrowRight size={16} />
          </ActionButton>
          <ActionButton action="draw-question" className={buttons.button}>
            Draw next
          </ActionButton>
          <span className={styles.timerControlsSpacer} />
          {current?.shown ? (
            <ActionButton action="show-question" className={buttons.button}>
              Hide from the screen
            </ActionButton>
          ) : (
            <ActionButton action="show-question" className={buttons.primary} disabled={!current}>
              Show on the screen
            </ActionButton>
          )}
        </div>
        {shown && !current?.shown ? (
          <p className={styles.questionCardShowing}>On the screen now: “{shown.question.text}”</p>
        ) : null}
      </article>

      <ul className={styles.stageQuestions} aria-label={`${category?.name ?? ''} questions`}>
        {inCategory.map((question) => (
          <li key={question.id}>
            <button
              type="button"
              className={styles.stageQuestion}
              aria-current={question.id === deck.currentId ? 'true' : undefined}
              data-asked={askedHere.has(question.id) || undefined}
              onClick={() => void send({ type: 'deck.pick', questionId: question.id })}
            >
              {question.text}
              {askedHere.has(question.id) ? <span className={styles.deckAsked}>asked</span> : null}
              {askedBefore(question.id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
