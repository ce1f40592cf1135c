/** The form under a category's questions that adds one more, last in the category. */
import { useState } from 'react';
import type { QuestionCategory } from '../../../shared/cohort/schema.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { fieldKeys } from './fieldKeys.ts';
import type { DeckEditing } from './useDeck.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './deck.module.css';

export function AddQuestion({ deck, category }: { deck: DeckEditing; category: QuestionCategory }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const label = `Add a question to ${category.name}`;

  const add = async () => {
    const words = text.trim();
    if (!words) {
      setProblem('Write the question first.');
      return;
    }
    if (busy) return;
    setBusy(true);
    const done = await deck.apply({ type: 'question.add', categoryId: category.id, text: words });
    setBusy(false);
    if (done) setText('');
  };

  return (
    <div className={styles.deckAdd} role="group" aria-label={label}>
      <label className={fields.field}>
        {label}
        <input
          value={text}
          maxLength={MAX_LENGTH.question}
          placeholder="e.g. What would you try first?"
          aria-invalid={problem !== undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={fieldKeys(() => void add())}
        />
      </label>
      <button type="button" className={buttons.button} onClick={() => void add()}>
        Add question
      </button>
      {problem ? <p className={`${fields.error} ${styles.deckAddProblem}`}>{problem}</p> : null}
    </div>
  );
}
