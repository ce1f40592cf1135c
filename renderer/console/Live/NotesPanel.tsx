/**
 * Notes captured during the run, attributed to whoever has the floor when that helps; each can be
 * edited afterwards, and a removal can be undone.
 */
import { useEffect, useState } from 'react';
import { actionHint, screenAction } from '../../../shared/actions/liveActions.ts';
import type { LiveNote } from '../../../shared/live/liveState.ts';
import { currentSegment, floor } from '../../../shared/live/selectors.ts';
import { defaultNoteKind, type NoteKind } from '../../../shared/vocabulary/noteKinds.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { NoteItem } from './NoteItem.tsx';
import { NoteKindSelect } from './NoteKindSelect.tsx';
import { NoteTextArea } from './NoteTextArea.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

const UNDO_OFFER_MS = 12_000;
const NOTE_BOX_ID = 'live-note-box';
const TAKE_NOTE_HINT = actionHint(screenAction('take-note'));

/** The T key: the note box takes the focus from anywhere on the live screen. */
export function focusNoteBox(): void {
  const box = document.getElementById(NOTE_BOX_ID);
  if (!(box instanceof HTMLTextAreaElement)) return;
  box.focus();
  // Optional: jsdom, where the component tests run, has no layout to scroll.
  box.scrollIntoView?.({ block: 'nearest' });
}

export function NotesPanel() {
  const send = useLiveSend();
  const notes = useLive((state) => state.notes);
  const people = useLive((state) => state.people);
  const phase = useLive(currentSegment)?.phase;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoteKind | null>(null);
  const speaking = useLive(floor);
  const [credit, setCredit] = useState(true);
  const effectiveKind = kind ?? defaultNoteKind(phase, speaking?.isOwner ?? false);
  const [removed, setRemoved] = useState<LiveNote | null>(null);
  // The offer to undo stays a while, then goes: the note is gone for good from the list's view.
  useEffect(() => {
    if (!removed) return;
    const timeout = setTimeout(() => setRemoved(null), UNDO_OFFER_MS);
    return () => clearTimeout(timeout);
  }, [removed]);
  const restore = async () => {
    if (removed && (await send({ type: 'note.restore', noteId: removed.id }))) setRemoved(null);
  };

  const add = async () => {
    const ok = await send({
      type: 'note.add',
      text,
      kind: effectiveKind,
      ...(credit && speaking ? { attendeeId: speaking.person.id } : {}),
    });
    if (ok) setText('');
  };

  return (
    <section className={styles.livePanel} aria-labelledby="notes-heading">
      <h2 id="notes-heading" className={styles.livePanelTitle}>
        Notes <span className={panels.count}>{notes.length}</span>
      </h2>
      <form
        className={styles.notesForm}
        aria-label="Add a note"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <NoteKindSelect value={effectiveKind} onChange={setKind} />
        <NoteTextArea
          id={NOTE_BOX_ID}
          aria-label="Note"
          title={TAKE_NOTE_HINT}
          value={text}
          placeholder="Type and press Enter (Shift+Enter for a new line)"
          onChange={setText}
          onSave={() => void add()}
        />
        {speaking ? (
          <label className={fields.toggle}>
            <input
              type="checkbox"
              checked={credit}
              onChange={(event) => setCredit(event.target.checked)}
            />
            by {speaking.person.name}
          </label>
        ) : null}
      </form>
      {removed ? (
        <p className={styles.noteUndo} role="status">
          Note removed: “{removed.text}”
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            onClick={() => void restore()}
          >
            Undo removal
          </button>
        </p>
      ) : null}
      <ol className={styles.notesList} aria-label="Notes this session" reversed>
        {[...notes].reverse().map((note) => (
          <NoteItem key={note.id} note={note} people={people} onRemoved={setRemoved} />
        ))}
      </ol>
    </section>
  );
}
