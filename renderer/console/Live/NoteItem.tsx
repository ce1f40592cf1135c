/**
 * One note of the session: its kind, words and who said it, stamped with when it was taken, in
 * which phase, the question on the screen and who had the floor; edited in place (Enter saves,
 * Escape leaves it as it was) or removed.
 */
import { useState } from 'react';
import { Pencil, X } from 'lucide-react';
import type { LiveNote, Person } from '../../../shared/live/liveState.ts';
import { personById } from '../../../shared/live/selectors.ts';
import { NOTE_KIND_WORDS, type NoteKind } from '../../../shared/vocabulary/noteKinds.ts';
import { PHASE_WORDS } from '../../../shared/vocabulary/phases.ts';
import { NoteKindSelect } from './NoteKindSelect.tsx';
import { NoteTextArea } from './NoteTextArea.tsx';
import { useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

function Stamp({ note, people }: { note: LiveNote; people: readonly Person[] }) {
  const floor = personById({ people: [...people] }, note.floorId)?.name;
  const parts = [
    timeOf(note.at),
    note.phase ? PHASE_WORDS[note.phase].label : null,
    note.question ? `“${note.question}”` : null,
    floor ? `${floor} had the floor` : null,
  ].filter(Boolean);
  return <span className={styles.noteStamp}>{parts.join(' · ')}</span>;
}

interface Props {
  note: LiveNote;
  people: readonly Person[];
  onRemoved: (note: LiveNote) => void;
}

export function NoteItem({ note, people, onRemoved }: Props) {
  const send = useLiveSend();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);

  const startEditing = () => {
    setText(note.text);
    setKind(note.kind);
    setEditing(true);
  };
  const save = async () => {
    if (await send({ type: 'note.edit', noteId: note.id, text, kind })) setEditing(false);
  };
  const remove = async () => {
    if (await send({ type: 'note.remove', noteId: note.id })) onRemoved(note);
  };

  if (editing) {
    return (
      <li className={styles.note} data-kind={note.kind}>
        <form
          className={styles.noteEdit}
          aria-label="Edit note"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setEditing(false);
            }
          }}
        >
          <NoteKindSelect value={kind} onChange={setKind} />
          <NoteTextArea
            aria-label="Note’s words"
            value={text}
            autoFocus
            onChange={setText}
            onSave={() => void save()}
          />
          <button type="submit" className={buttons.small} disabled={!text.trim()}>
            Save
          </button>
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            onClick={() => setEditing(false)}
          >
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className={styles.note} data-kind={note.kind}>
      <span className={styles.noteKind}>{NOTE_KIND_WORDS[note.kind].label}</span>
      <span className={styles.noteText}>
        <span>{note.text}</span>
        {note.attendeeId ? (
          <span className={styles.noteWho}>
            {' '}
            — {personById({ people: [...people] }, note.attendeeId)?.name}
          </span>
        ) : null}
        <Stamp note={note} people={people} />
      </span>
      <button
        type="button"
        className={buttons.icon}
        aria-label={`Edit note: ${note.text}`}
        onClick={startEditing}
      >
        <Pencil size={14} aria-hidden />
      </button>
      <button
        type="button"
        className={buttons.icon}
        aria-label={`Remove note: ${note.text}`}
        onClick={() => void remove()}
      >
        <X size={14} aria-hidden />
      </button>
    </li>
  );
}
