/**
 * Name and hint of a category, in one form for both jobs: a new category (added last in the
 * order) or renaming one in place. Enter saves, Escape cancels.
 */
import { useId, useState } from 'react';
import type { QuestionCategory } from '../../../shared/cohort/schema.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { fieldKeys } from './fieldKeys.ts';
import type { DeckEditing } from './useDeck.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './deck.module.css';

export function CategoryForm({
  deck,
  category,
  titleId,
  onSaved,
  onCancel,
}: {
  deck: DeckEditing;
  /** The category being renamed; none for a new one. */
  category?: QuestionCategory;
  /** The id for the form's heading; a new one when not given. */
  titleId?: string;
  /** Called with the id of the category added or renamed. */
  onSaved: (categoryId: string) => void;
  onCancel: () => void;
}) {
  const ownTitleId = useId();
  const headingId = titleId ?? ownTitleId;
  const [name, setName] = useState(category?.name ?? '');
  const [hint, setHint] = useState(category?.hint ?? '');
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    if (!name.trim()) {
      setProblem('A category needs a name.');
      return;
    }
    if (category) {
      const done = await deck.apply({
        type: 'category.edit',
        categoryId: category.id,
        name: name.trim(),
        hint: hint.trim(),
      });
      if (done) onSaved(category.id);
    } else {
      const bank = await deck.apply({ type: 'category.add', name: name.trim(), hint: hint.trim() });
      const added = bank?.categories.at(-1);
      if (added) onSaved(added.id);
    }
  };
  const onKeyDown = fieldKeys(() => void save(), onCancel);

  return (
    <div className={styles.deckForm} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.deckCategoryTitle}>
        {category ? `Rename ${category.name}` : 'New category'}
      </h3>
      {category ? null : (
        <p className={styles.deckFormLead}>
          It is asked after the others; move it up in the list to ask it sooner. Then add its
          questions.
        </p>
      )}
      <label className={fields.field}>
        Name
        <input
          value={name}
          maxLength={MAX_LENGTH.categoryName}
          autoFocus
          aria-invalid={problem !== undefined}
          placeholder="e.g. Resources"
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <label className={fields.field}>
        <span>
          Hint <span className={fields.hint}>shown under the name during the rounds</span>
        </span>
        <input
          value={hint}
          maxLength={MAX_LENGTH.categoryHint}
          placeholder="e.g. What the owner has to work with."
          onChange={(event) => setHint(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      {problem ? <p className={`${fields.error} ${styles.deckFormProblem}`}>{problem}</p> : null}
      <div className={styles.deckFormActions}>
        <button type="button" className={buttons.quiet} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={buttons.primary} onClick={() => void save()}>
          {category ? 'Save category' : 'Add category'}
        </button>
      </div>
    </div>
  );
}
