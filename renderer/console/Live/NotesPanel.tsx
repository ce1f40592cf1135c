/**
 * Notes captured during the run, attributed to whoever has the floor when that helps; each can be
 * edited afterwards, and a removal can be undone.
 */
import { useEffect, useState } from 'react';
import type { LiveNote } from '../../../shared/live/liveState.ts';
import { currentSegment, floor } from '../../../shared/live/selectors.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { defaultNoteKind, type NoteKind } from '../../../shared/vocabulary/noteKinds.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { NoteItem } from './NoteItem.tsx';
import { NoteKindSelect } from './NoteKindSelect.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

const UNDO_OFFER_MS = 12_000;

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
        <input
          aria-label="Note"
          value={text}
          maxLength={MAX_LENGTH.note}
          placeholder="Type and press Enter"
          onChange={(event) => setText(event.target.value)}
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
