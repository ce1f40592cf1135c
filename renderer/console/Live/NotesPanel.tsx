/** Notes captured during the run, attributed to whoever has the floor when that helps. */
import { useState } from 'react';
import { X } from 'lucide-react';
import type { Phase } from '../../../shared/cohort/schema.ts';
import { currentSegment, floor, personById } from '../../../shared/live/selectors.ts';
import type { LiveNote } from '../../../shared/live/session.ts';
import { useLive } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

type Kind = LiveNote['kind'];
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'note', label: 'Note' },
  { kind: 'insight', label: 'Insight' },
  { kind: 'question', label: 'Question' },
  { kind: 'recommendation', label: 'Recommendation' },
  { kind: 'reflection', label: 'Reflection' },
];
const KIND_FOR_PHASE: Partial<Record<Phase, Kind>> = {
  recommendations: 'recommendation',
  reflect: 'reflection',
  clarifying: 'question',
};

export function NotesPanel() {
  const { state, send } = useLive();
  const phase = currentSegment(state)?.phase;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | null>(null);
  const speaking = floor(state);
  const [credit, setCredit] = useState(true);
  const effectiveKind = kind ?? (phase ? (KIND_FOR_PHASE[phase] ?? 'note') : 'note');

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
        Notes <span className={panels.count}>{state.notes.length}</span>
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
          onChange={(event) => setKind(event.target.value as Kind)}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
        <input
          aria-label="Note"
          value={text}
          maxLength={20_000}
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
        {[...state.notes].reverse().map((note) => (
          <li key={note.id} className={styles.note} data-kind={note.kind}>
            <span className={styles.noteKind}>{note.kind}</span>
            <span className={styles.noteText}>
              {note.text}
              {note.attendeeId ? (
                <span className={styles.noteWho}>
                  {' '}
                  — {personById(state, note.attendeeId)?.name}
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
