/** Notes captured during the run, attributed to whoever has the floor when that helps. */
import { useState } from 'react';
import { X } from 'lucide-react';
import { currentSegment, floor, personById } from '../../../shared/live/selectors.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import {
  NOTE_KIND_FOR_PHASE,
  NOTE_KIND_WORDS,
  NOTE_KINDS,
  type NoteKind,
} from '../../../shared/vocabulary/noteKinds.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

export function NotesPanel() {
  const send = useLiveSend();
  const notes = useLive((state) => state.notes);
  const people = useLive((state) => state.people);
  const phase = useLive(currentSegment)?.phase;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoteKind | null>(null);
  const speaking = useLive(floor);
  const [credit, setCredit] = useState(true);
  const effectiveKind = kind ?? (phase ? NOTE_KIND_FOR_PHASE[phase] : 'note');

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
        <select
          aria-label="Kind of note"
          value={effectiveKind}
          onChange={(event) => setKind(event.target.value as NoteKind)}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NOTE_KIND_WORDS[k].label}
            </option>
          ))}
        </select>
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
      <ol className={styles.notesList} aria-label="Notes this session" reversed>
        {[...notes].reverse().map((note) => (
          <li key={note.id} className={styles.note} data-kind={note.kind}>
            <span className={styles.noteKind}>{NOTE_KIND_WORDS[note.kind].label}</span>
            <span className={styles.noteText}>
              {note.text}
              {note.attendeeId ? (
                <span className={styles.noteWho}>
                  {' '}
                  — {personById({ people }, note.attendeeId)?.name}
                </span>
              ) : null}
            </span>
            <button
              type="button"
              className={buttons.icon}
              aria-label={`Remove note: ${note.text}`}
              onClick={() => void send({ type: 'note.remove', noteId: note.id })}
            >
              <X size={14} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
