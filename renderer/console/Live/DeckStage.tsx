/**
 * The question deck during the clarifying rounds: preview a question, show it to the room, move
 * through the categories in order, or draw the next one the owner has not been asked yet.
 */
import { askCounts, currentQuestion, shownQuestion } from '../../../shared/live/selectors.ts';
import { ActionButton } from './ActionButton.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';

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
  const inCategory = deck.bank.questions.filter((question) => question.categoryId === category?.id);

  return (
    <section className="deck" aria-label="Question deck">
      <div className="deck__tabs" role="tablist" aria-label="Question categories">
        {deck.bank.categories.map((c) => (
          <button
            key={c.id}
            type="button"
            role="tab"
            aria-selected={c.id === category?.id}
            onClick={() => void send({ type: 'deck.category', categoryId: c.id })}
          >
            {c.name}
            <span className="deck__count" aria-label={`${counts[c.id] ?? 0} asked`}>
              {counts[c.id] ?? 0}
            </span>
          </button>
        ))}
      </div>

      <article
        className="question-card"
        data-shown={current?.shown || undefined}
        aria-label="Selected question"
      >
        {current ? (
          <>
            <p className="question-card__meta">
              {current.category.name} · question {current.number} of {current.of}
              {current.asked && !current.shown ? (
                <span className="badge badge--quiet">Asked already</span>
              ) : null}
              {current.shown ? (
                <span className="badge badge--live">On the screen</span>
              ) : (
                <span className="badge badge--quiet">Preview</span>
              )}
            </p>
            <p className="question-card__text">{current.question.text}</p>
            {current.category.hint ? (
              <p className="question-card__hint">{current.category.hint}</p>
            ) : null}
          </>
        ) : (
          <p className="question-card__text question-card__text--empty">
            Choose a question, or draw the next one.
          </p>
        )}
        <div className="question-card__actions">
          <ActionButton action="previous-question" className="button">
            ← Previous
          </ActionButton>
          <ActionButton action="next-question" className="button">
            Next →
          </ActionButton>
          <ActionButton action="draw-question" className="button">
            Draw next
          </ActionButton>
          <span className="timer-controls__spacer" />
          {current?.shown ? (
            <ActionButton action="show-question" className="button">
              Hide from the screen
            </ActionButton>
          ) : (
            <ActionButton
              action="show-question"
              className="button button--primary"
              disabled={!current}
            >
              Show on the screen
            </ActionButton>
          )}
        </div>
        {shown && !current?.shown ? (
          <p className="question-card__showing">On the screen now: “{shown.question.text}”</p>
        ) : null}
      </article>

      <ul className="deck__questions" aria-label={`${category?.name ?? ''} questions`}>
        {inCategory.map((question) => (
          <li key={question.id}>
            <button
              type="button"
              className="deck__question"
              aria-current={question.id === deck.currentId ? 'true' : undefined}
              data-asked={askedHere.has(question.id) || undefined}
              onClick={() => void send({ type: 'deck.pick', questionId: question.id })}
            >
              {question.text}
              {askedHere.has(question.id) ? <span className="deck__asked">asked</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
