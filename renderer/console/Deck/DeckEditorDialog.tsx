/**
 * The question deck editor: the categories on the left in the order they are asked, the chosen
 * category's questions on the right. Every change is saved at once (and reaches a running session
 * at once); nothing waits for a Save button. Built-in questions are hidden, never removed.
 *
 * This is the dialog around it: its words and buttons, and the reset confirmation in its place.
 */
import { useState } from 'react';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { DeckEditor } from './DeckEditor.tsx';
import { ResetDeckDialog } from './ResetDeckDialog.tsx';
import { useDeck } from './useDeck.ts';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './deck.module.css';

export function DeckEditorDialog({
  cohortId,
  cohortName,
  onClose,
}: {
  cohortId: string;
  cohortName: string;
  onClose: () => void;
}) {
  const deck = useDeck(cohortId);
  const [resetting, setResetting] = useState(false);
  const [selectedId, setSelectedId] = useState<string>();
  const [addingCategory, setAddingCategory] = useState(false);

  if (resetting) {
    return (
      <ResetDeckDialog
        deck={deck}
        cohortName={cohortName}
        onKeep={() => setResetting(false)}
        onReset={() => {
          setSelectedId(undefined);
          setAddingCategory(false);
          setResetting(false);
        }}
        onClose={onClose}
      />
    );
  }

  return (
    <Dialog
      open
      title="Question deck"
      lead={
        <>
          What {cohortName} asks in the clarifying rounds: categories in this order, each with its
          questions. Changes are saved as you make them, and a running session gets them at once.
        </>
      }
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className={`${buttons.danger} ${styles.deckEditorReset}`}
            disabled={!deck.bank}
            onClick={() => {
              deck.dismissProblem();
              setResetting(true);
            }}
          >
            Reset to the default deck…
          </button>
          <button type="button" className={buttons.primary} onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <ErrorLine message={deck.bank ? undefined : deck.loadProblem} />
      {deck.bank ? (
        <DeckEditor
          deck={deck}
          bank={deck.bank}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            setAddingCategory(false);
          }}
          addingCategory={addingCategory}
          onAddingCategory={setAddingCategory}
        />
      ) : !deck.loadProblem ? (
        <p className={panels.empty}>Opening the deck…</p>
      ) : null}
    </Dialog>
  );
}
