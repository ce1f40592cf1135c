/** Asks before putting the cohort's deck back to the default one, saying what would be lost. */
import { useState } from 'react';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import type { DeckEditing } from './useDeck.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './deck.module.css';

export function ResetDeckDialog({
  deck,
  cohortName,
  onKeep,
  onReset,
  onClose,
}: {
  deck: DeckEditing;
  cohortName: string;
  onKeep: () => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const plain = defaultQuestionBank();
  const bank = deck.bank;
  const own = bank?.questions.filter((q) => !q.builtIn).length ?? 0;
  const ownCategories = bank?.categories.filter((c) => !c.builtIn).length ?? 0;
  const hidden = bank?.questions.filter((q) => q.hidden).length ?? 0;
  const losses = [
    own > 0 ? `${plural(own, 'question')} you added` : '',
    ownCategories > 0 ? `${plural(ownCategories, 'category', 'categories')} you added` : '',
  ].filter(Boolean);

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    const done = await deck.apply({ type: 'reset' });
    setBusy(false);
    if (done) onReset();
  };

  return (
    <Dialog
      open
      title="Reset to the default deck?"
      lead={`${cohortName} goes back to the ${plural(plain.questions.length, 'question')} of the default deck, in its ${plain.categories.length} categories.`}
      onClose={onClose}
      onSubmit={() => void reset()}
      actions={
        <>
          <button type="button" className={buttons.quiet} onClick={onKeep}>
            Keep my deck
          </button>
          <button type="submit" className={buttons.danger} disabled={busy}>
            Reset the deck
          </button>
        </>
      }
    >
      <p className={styles.deckResetNote}>
        {losses.length > 0 ? `The ${losses.join(' and ')} will be removed. ` : ''}
        {hidden > 0 ? `${plural(hidden, 'hidden question')} will be shown again. ` : ''}
        Reworded questions get their original words, and the original order comes back.
      </p>
      <ErrorLine message={deck.problem} />
    </Dialog>
  );
}
