/**
 * The chosen category: its name and hint (renamed in place), its questions in the order they are
 * asked, and the form that adds one more.
 */
import { useId, useState } from 'react';
import type { Question, QuestionBank, QuestionCategory } from '../../../shared/cohort/schema.ts';
import { AddQuestion } from './AddQuestion.tsx';
import { CategoryForm } from './CategoryForm.tsx';
import { QuestionRow } from './QuestionRow.tsx';
import type { DeckEditing } from './useDeck.ts';
import type { FocusAfter } from '../../ui/focus/useFocusAfter.ts';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './deck.module.css';

export function CategoryPane({
  deck,
  bank,
  category,
  focusAfter,
  announce,
}: {
  deck: DeckEditing;
  bank: QuestionBank;
  category: QuestionCategory;
  focusAfter: FocusAfter;
  announce: (words: string) => void;
}) {
  const titleId = useId();
  const questions = bank.questions.filter((q) => q.categoryId === category.id);
  const [renaming, setRenaming] = useState(false);
  const [editingId, setEditingId] = useState<string>();

  const move = async (question: Question, by: -1 | 1) => {
    const next = await deck.apply((current) => {
      const siblings = current.questions.filter((q) => q.categoryId === question.categoryId);
      const from = siblings.findIndex((q) => q.id === question.id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= siblings.length) return null;
      return { type: 'question.move', questionId: question.id, toIndex: to };
    });
    const siblings = next?.questions.filter((q) => q.categoryId === question.categoryId) ?? [];
    const place = siblings.findIndex((q) => q.id === question.id);
    if (place >= 0) announce(`Moved to ${place + 1} of ${siblings.length} in ${category.name}.`);
    focusAfter(`q:${question.id}:${by < 0 ? 'up' : 'down'}`, `q:${question.id}:edit`);
  };

  const hide = async (question: Question) => {
    const hidden = !question.hidden;
    const next = await deck.apply({ type: 'question.hide', questionId: question.id, hidden });
    if (next) {
      announce(
        hidden ? 'Hidden: not offered in sessions.' : 'Unhidden: offered in sessions again.',
      );
    }
    focusAfter(`q:${question.id}:hide`);
  };

  const renamed = () => {
    setRenaming(false);
    focusAfter(`c:${category.id}:rename`);
  };

  return (
    <section className={styles.deckCategory} aria-labelledby={titleId}>
      {renaming ? (
        <CategoryForm
          deck={deck}
          category={category}
          titleId={titleId}
          onSaved={renamed}
          onCancel={renamed}
        />
      ) : (
        <header className={styles.deckCategoryHeader}>
          <div className={styles.deckCategoryHeading}>
            <h3 id={titleId} className={styles.deckCategoryTitle}>
              {category.name}
            </h3>
            <span className={badges.quiet}>{category.builtIn ? 'Built-in' : 'Custom'}</span>
          </div>
          <button
            type="button"
            className={buttons.small}
            data-focus={`c:${category.id}:rename`}
            onClick={() => setRenaming(true)}
          >
            Rename…
          </button>
          <p className={styles.deckCategoryHint}>
            {category.hint || <span className={styles.deckCategoryNohint}>No hint yet.</span>}
          </p>
        </header>
      )}

      {questions.length > 0 ? (
        <ol className={styles.deckQuestions} aria-label={`${category.name} questions`}>
          {questions.map((question, index) => (
            <QuestionRow
              key={question.id}
              deck={deck}
              question={question}
              position={index + 1}
              last={index === questions.length - 1}
              editing={editingId === question.id}
              onEdit={() => setEditingId(question.id)}
              onEditDone={() => {
                setEditingId(undefined);
                focusAfter(`q:${question.id}:edit`);
              }}
              onHide={() => void hide(question)}
              onMove={(by) => void move(question, by)}
            />
          ))}
        </ol>
      ) : (
        <p className={`${panels.empty} ${styles.deckCategoryEmpty}`}>
          No questions in {category.name} yet. Add the first one below.
        </p>
      )}
      <AddQuestion deck={deck} category={category} />
    </section>
  );
}
