/**
 * The cohort's question deck on the cohort screen, kept compact: what it holds in one line, the
 * categories in the order they are asked, and "Edit deck…" for the editor.
 */
import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { DeckEditorDialog } from './DeckEditorDialog.tsx';
import { categorySummary, deckSummary, isDefaultDeck } from './deckWords.ts';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './deck.module.css';

export function DeckPanel({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const deck = useQuery('deck.get', { cohortId }, ['cohort.changed']);
  const [editing, setEditing] = useState(false);
  const bank = deck.data;

  return (
    <section className={`${panels.panel} ${styles.deckPanel}`} aria-labelledby="deck-heading">
      <div className={panels.header}>
        <h2 id="deck-heading">Question deck</h2>
        {bank ? (
          <span className={isDefaultDeck(bank) ? badges.quiet : badges.badge}>
            {isDefaultDeck(bank) ? 'Default' : 'Customised'}
          </span>
        ) : null}
        <span className={panels.spacer} />
        <button
          type="button"
          className={`${buttons.small} ${buttons.quiet}`}
          disabled={!bank}
          onClick={() => setEditing(true)}
        >
          Edit deck…
        </button>
      </div>
      <ErrorLine
        message={deck.error?.message}
        className={`${fields.error} ${styles.deckPanelProblem}`}
      />
      {bank ? (
        <>
          <p className={styles.deckPanelSummary}>{deckSummary(bank)}</p>
          <ol className={styles.deckPanelCategories} aria-label="Deck categories">
            {bank.categories.map((category) => (
              <li key={category.id}>
                <span className={styles.deckPanelName}>{category.name}</span>
                <span className={styles.deckPanelCount}>{categorySummary(bank, category.id)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {editing ? (
        <DeckEditorDialog
          cohortId={cohortId}
          cohortName={cohortName}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}
