/**
 * The categories on the left, in the order they are asked: choose one to edit, move it up or
 * down, or start a new one.
 */
import { useId } from 'react';
import { ArrowDown, ArrowUp, Plus } from 'lucide-react';
import type { QuestionBank, QuestionCategory } from '../../../shared/cohort/schema.ts';
import { categorySummary } from './deckWords.ts';
import type { DeckEditing } from './useDeck.ts';
import type { FocusAfter } from '../../ui/focus/useFocusAfter.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './deck.module.css';

export function CategoryRail({
  deck,
  bank,
  currentId,
  addingCategory,
  onSelect,
  onAddCategory,
  focusAfter,
  announce,
}: {
  deck: DeckEditing;
  bank: QuestionBank;
  /** The category shown in the pane; none while a new one is being added. */
  currentId: string | undefined;
  addingCategory: boolean;
  onSelect: (categoryId: string) => void;
  onAddCategory: () => void;
  focusAfter: FocusAfter;
  announce: (words: string) => void;
}) {
  const railId = useId();

  const moveCategory = async (category: QuestionCategory, by: -1 | 1) => {
    const next = await deck.apply((current) => {
      const from = current.categories.findIndex((c) => c.id === category.id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= current.categories.length) return null;
      return { type: 'category.move', categoryId: category.id, toIndex: to };
    });
    const place = next?.categories.findIndex((c) => c.id === category.id) ?? -1;
    if (next && place >= 0) {
      announce(`${category.name} is now asked ${place + 1} of ${next.categories.length}.`);
    }
    focusAfter(`c:${category.id}:${by < 0 ? 'up' : 'down'}`, `c:${category.id}:select`);
  };

  return (
    <div className={styles.deckRail}>
      <h3 className={styles.deckRailTitle} id={`${railId}-title`}>
        Categories, in order
      </h3>
      <ol className={styles.deckRailList} aria-labelledby={`${railId}-title`}>
        {bank.categories.map((category, index) => {
          const current = category.id === currentId;
          return (
            <li
              key={category.id}
              className={styles.deckRailItem}
              data-current={current || undefined}
            >
              <button
                type="button"
                className={styles.deckRailSelect}
                aria-label={category.name}
                aria-describedby={`${railId}-${index}`}
                aria-current={current ? 'true' : undefined}
                data-focus={`c:${category.id}:select`}
                onClick={() => onSelect(category.id)}
              >
                <span className={styles.deckRailNumber} aria-hidden="true">
                  {index + 1}
                </span>
                <span className={styles.deckRailName}>{category.name}</span>
                <span className={styles.deckRailMeta} id={`${railId}-${index}`}>
                  {categorySummary(bank, category.id)}
                </span>
              </button>
              <span className={styles.deckRailMoves}>
                <button
                  type="button"
                  className={buttons.icon}
                  aria-label={`Move ${category.name} up`}
                  title="Move up: asked earlier"
                  data-focus={`c:${category.id}:up`}
                  disabled={index === 0}
                  onClick={() => void moveCategory(category, -1)}
                >
                  <ArrowUp size={14} />
                </button>
                <button
                  type="button"
                  className={buttons.icon}
                  aria-label={`Move ${category.name} down`}
                  title="Move down: asked later"
                  data-focus={`c:${category.id}:down`}
                  disabled={index === bank.categories.length - 1}
                  onClick={() => void moveCategory(category, 1)}
                >
                  <ArrowDown size={14} />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={`${buttons.quiet} ${styles.deckRailAdd}`}
        aria-current={addingCategory ? 'true' : undefined}
        data-focus="category:add"
        onClick={onAddCategory}
      >
        <Plus size={15} />
        Add a category
      </button>
    </div>
  );
}
