/**
 * The body of the deck editor: what went wrong with the last change, the deck in a line, the
 * category rail on the left and, on the right, the chosen category or the new-category form.
 */
import { useRef, useState } from 'react';
import type { QuestionBank } from '../../../shared/cohort/schema.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { CategoryPane } from './CategoryPane.tsx';
import { CategoryRail } from './CategoryRail.tsx';
import { deckSummary } from './deckWords.ts';
import type { DeckEditing } from './useDeck.ts';
import { useFocusAfter } from '../../ui/focus/useFocusAfter.ts';
import a11y from '../../ui/a11y.module.css';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './deck.module.css';

export function DeckEditor({
  deck,
  bank,
  selectedId,
  onSelect,
  addingCategory,
  onAddingCategory,
}: {
  deck: DeckEditing;
  bank: QuestionBank;
  selectedId: string | undefined;
  onSelect: (categoryId: string) => void;
  addingCategory: boolean;
  onAddingCategory: (adding: boolean) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfter(root);
  const selected = bank.categories.find((c) => c.id === selectedId) ?? bank.categories[0];

  // Said to screen readers after a change that moves or hides something.
  const [announcement, setAnnouncement] = useState('');

  return (
    <div className={styles.deckEditor} ref={root}>
      {deck.problem ? (
        <div className={styles.deckEditorProblem} role="alert">
          <span>
            <strong>The deck was not changed.</strong> {deck.problem}
          </span>
          <button
            type="button"
            className={`${buttons.small} ${buttons.quiet}`}
            onClick={deck.dismissProblem}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      <p className={styles.deckEditorSummary}>{deckSummary(bank)}</p>
      <p className={a11y.visuallyHidden} role="status">
        {announcement}
      </p>
      <div className={styles.deckEditorPanes}>
        <CategoryRail
          deck={deck}
          bank={bank}
          currentId={addingCategory ? undefined : selected?.id}
          addingCategory={addingCategory}
          onSelect={onSelect}
          onAddCategory={() => onAddingCategory(true)}
          focusAfter={focusAfter}
          announce={setAnnouncement}
        />
        <div className={styles.deckPane}>
          {addingCategory ? (
            <CategoryForm
              deck={deck}
              onSaved={(id) => {
                onSelect(id);
                focusAfter(`c:${id}:select`);
              }}
              onCancel={() => {
                onAddingCategory(false);
                focusAfter('category:add');
              }}
            />
          ) : selected ? (
            <CategoryPane
              key={selected.id}
              deck={deck}
              bank={bank}
              category={selected}
              focusAfter={focusAfter}
              announce={setAnnouncement}
            />
          ) : (
            <p className={panels.empty}>This deck has no categories. Add one to begin.</p>
          )}
        </div>
      </div>
    </div>
  );
}
