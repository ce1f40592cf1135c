/**
 * One question of a category: its words and badges, Edit (in place), Hide or Unhide, and moves
 * up and down (also Alt+↑ / Alt+↓ from any control of the row).
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { Question } from '../../../shared/cohort/schema.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { fieldKeys } from './fieldKeys.ts';
import type { DeckEditing } from './useDeck.ts';
import a11y from '../../ui/a11y.module.css';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './deck.module.css';

export function QuestionRow({
  deck,
  question,
  position,
  last,
  editing,
  onEdit,
  onEditDone,
  onHide,
  onMove,
}: {
  deck: DeckEditing;
  question: Question;
  position: number;
  last: boolean;
  editing: boolean;
  onEdit: () => void;
  onEditDone: () => void;
  onHide: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const textId = useId();
  const [text, setText] = useState(question.text);
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    const words = text.trim();
    if (!words) {
      setProblem('A question needs words.');
      return;
    }
    if (words === question.text) {
      onEditDone();
      return;
    }
    const done = await deck.apply({ type: 'question.edit', questionId: question.id, text: words });
    if (done) onEditDone();
  };
  const cancel = () => {
    setText(question.text);
    onEditDone();
  };

  // Alt+↑ / Alt+↓ on any control of the row moves the question.
  const onRowKey = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || editing) return;
    if (event.key === 'ArrowUp' && position > 1) {
      event.preventDefault();
      onMove(-1);
    } else if (event.key === 'ArrowDown' && !last) {
      event.preventDefault();
      onMove(1);
    }
  };

  return (
    <li
      className={styles.deckQuestion}
      data-hidden={question.hidden || undefined}
      data-editing={editing || undefined}
      onKeyDown={onRowKey}
    >
      <span className={styles.deckQuestionNumber} aria-hidden="true">
        {position}
      </span>
      {editing ? (
        <div className={styles.deckQuestionEdit}>
          <label className={fields.field}>
            <span className={a11y.visuallyHidden}>Question text</span>
            <input
              value={text}
              maxLength={MAX_LENGTH.question}
              autoFocus
              aria-invalid={problem !== undefined}
              onChange={(event) => {
                setText(event.target.value);
                setProblem(undefined);
              }}
              onKeyDown={fieldKeys(() => void save(), cancel)}
            />
          </label>
          <div className={styles.deckQuestionEditActions}>
            {problem ? (
              <p className={`${fields.error} ${styles.deckQuestionProblem}`}>{problem}</p>
            ) : null}
            <button type="button" className={`${buttons.small} ${buttons.quiet}`} onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className={`${buttons.small} ${buttons.primary}`}
              onClick={() => void save()}
            >
              Save question
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className={styles.deckQuestionBody}>
            <span id={textId} className={styles.deckQuestionText}>
              {question.text}
            </span>
            {question.hidden ? <span className={badges.quiet}>Hidden</span> : null}
            {!question.builtIn ? <span className={badges.badge}>Custom</span> : null}
          </div>
          <div className={styles.deckQuestionActions}>
            <button
              type="button"
              className={`${buttons.small} ${buttons.quiet} ${styles.deckQuestionAction}`}
              aria-describedby={textId}
              data-focus={`q:${question.id}:edit`}
              onClick={() => {
                setText(question.text);
                onEdit();
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className={`${buttons.small} ${buttons.quiet} ${styles.deckQuestionAction} ${styles.deckQuestionHide}`}
              aria-describedby={textId}
              data-focus={`q:${question.id}:hide`}
              onClick={onHide}
            >
              {question.hidden ? 'Unhide' : 'Hide'}
            </button>
            <button
              type="button"
              className={buttons.icon}
              aria-label="Move up"
              aria-describedby={textId}
              title="Move up (Alt+↑)"
              data-focus={`q:${question.id}:up`}
              disabled={position === 1}
              onClick={() => onMove(-1)}
            >
              <ArrowUp size={14} />
            </button>
            <button
              type="button"
              className={buttons.icon}
              aria-label="Move down"
              aria-describedby={textId}
              title="Move down (Alt+↓)"
              data-focus={`q:${question.id}:down`}
              disabled={last}
              onClick={() => onMove(1)}
            >
              <ArrowDown size={14} />
            </button>
          </div>
        </>
      )}
    </li>
  );
}
