/** Notes captured during the run, attributed to whoever has the floor when that helps. */
import { useState } from 'react';
import type { Phase } from '../../../shared/cohort/schema.ts';
import { currentSegment, floor, personById } from '../../../shared/live/selectors.ts';
import type { LiveNote } from '../../../shared/live/session.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';

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
  const send = useLiveSend();
  const notes = useLive((state) => state.notes);
  const people = useLive((state) => state.people);
  const phase = useLive(currentSegment)?.phase;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | null>(null);
  const speaking = useLive(floor);
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
    <section className="live-panel notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="live-panel__title">
        Notes <span className="panel__count">{notes.length}</span>
      </h2>
      <form
        className="notes__form"
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
          <label className="toggle">
            <input
              type="checkbox"
              checked={credit}
              onChange={(event) => setCredit(event.target.checked)}
            />
            by {speaking.person.name}
          </label>
        ) : null}
      </form>
      <ol className="notes__list" aria-label="Notes this session" reversed>
        {[...notes].reverse().map((note) => (
          <li key={note.id} className="note" data-kind={note.kind}>
            <span className="note__kind">{note.kind}</span>
            <span className="note__text">
              {note.text}
              {note.attendeeId ? (
                <span className="note__who">
                  {' '}
                  — {personById({ people }, note.attendeeId)?.name}
                </span>
              ) : null}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove note: ${note.text}`}
              onClick={() => void send({ type: 'note.remove', noteId: note.id })}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
