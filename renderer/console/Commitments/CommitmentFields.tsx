/** A commitment's words and due date: the two fields every commitment form asks for. */
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import fields from '../../ui/Field/Field.module.css';

interface Props {
  text: string;
  dueDate: string;
  onText: (text: string) => void;
  onDueDate: (dueDate: string) => void;
}

export function CommitmentFields({ text, dueDate, onText, onDueDate }: Props) {
  return (
    <>
      <label className={fields.field}>
        Will do
        <input
          value={text}
          maxLength={MAX_LENGTH.commitment}
          onChange={(event) => onText(event.target.value)}
        />
      </label>
      <label className={fields.field}>
        By
        <input type="date" value={dueDate} onChange={(event) => onDueDate(event.target.value)} />
      </label>
    </>
  );
}
