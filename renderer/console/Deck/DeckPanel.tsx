/**
 * The cohort's question deck on the cohort screen, kept compact: what it holds in one line, the
 * categories in the order they are asked, and "Edit deck…" for the editor.
 */
import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { DeckEditorDialog } from './DeckEditorDialog.tsx';
import { categorySummary, deckSummary, isDefaultDeck } from './deckWords.ts';
import './deck.css';

export function DeckPanel({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const deck = useQuery('deck.get', { cohortId }, ['cohort.changed']);
  const [editing, setEditing] = useState(false);
  const bank = deck.data;

  return (
    <section className="panel deck-panel" aria-labelledby="deck-heading">
      <div className="panel__header">
        <h2 id="deck-heading">Question deck</h2>
        {bank ? (
          <span className={isDefaultDeck(bank) ? 'badge badge--quiet' : 'badge'}>
            {isDefaultDeck(bank) ? 'Default' : 'Customised'}
          </span>
        ) : null}
        <span className="panel__spacer" />
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={!bank}
          onClick={() => setEditing(true)}
        >
          Edit deck…
        </button>
      </div>
      <ErrorLine message={deck.error?.message} className="field__error deck-panel__problem" />
      {bank ? (
        <>
          <p className="deck-panel__summary">{deckSummary(bank)}</p>
          <ol className="deck-panel__categories" aria-label="Deck categories">
            {bank.categories.map((category) => (
              <li key={category.id}>
                <span className="deck-panel__name">{category.name}</span>
                <span className="deck-panel__count">{categorySummary(bank, category.id)}</span>
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
