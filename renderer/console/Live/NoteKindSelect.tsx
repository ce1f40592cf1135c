/** The choice of a note's kind, from the one vocabulary, in the note form and when editing. */
import {
  NOTE_KIND_WORDS,
  NOTE_KINDS,
  type NoteKind,
} from '../../../shared/vocabulary/noteKinds.ts';

export function NoteKindSelect({
  value,
  onChange,
}: {
  value: NoteKind;
  onChange: (kind: NoteKind) => void;
}) {
  return (
    <select
      aria-label="Kind of note"
      value={value}
      onChange={(event) => onChange(event.target.value as NoteKind)}
    >
      {NOTE_KINDS.map((k) => (
        <option key={k} value={k}>
          {NOTE_KIND_WORDS[k].label}
        </option>
      ))}
    </select>
  );
}
