/**
 * A commitment's words, due date and success signal: the fields every commitment form asks for.
 * The success signal is optional; it says how the group will know the action is done, which makes
 * an action observable even when its words name no result.
 */
import { useId, useState } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import fields from '../../ui/Field/Field.module.css';
import styles from './Commitments.module.css';

/** What a commitment form holds while it is typed in. */
export interface CommitmentDraftFields {
  text: string;
  dueDate: string;
  successSignal: string;
}

/** A commitment form's state, changed a field at a time. */
export function useCommitmentDraft(initial: CommitmentDraftFields) {
  const [draft, setDraft] = useState(initial);
  const change = (patch: Partial<CommitmentDraftFields>) =>
    setDraft((current) => ({ ...current, ...patch }));
  return { draft, change };
}

interface Props {
  draft: CommitmentDraftFields;
  onChange: (patch: Partial<CommitmentDraftFields>) => void;
  /** Where the success signal sits in the form's grid; a row of its own by default. */
  signalClassName?: string;
}

export const SUCCESS_SIGNAL_LABEL = 'We’ll know it’s done when';

export function CommitmentFields({
  draft,
  onChange,
  signalClassName = styles.successSignal,
}: Props) {
  const { text, dueDate, successSignal } = draft;
  const inputId = useId();
  const hintId = useId();
  return (
    <>
      <label className={fields.field}>
        Will do
        <input
          value={text}
          maxLength={MAX_LENGTH.commitment}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </label>
      <label className={fields.field}>
        By
        <input
          type="date"
          value={dueDate}
          onChange={(event) => onChange({ dueDate: event.target.value })}
        />
      </label>
      <div className={`${fields.field} ${signalClassName}`}>
        <label htmlFor={inputId}>{SUCCESS_SIGNAL_LABEL}</label>
        <input
          id={inputId}
          value={successSignal}
          maxLength={MAX_LENGTH.successSignal}
          aria-describedby={hintId}
          onChange={(event) => onChange({ successSignal: event.target.value })}
        />
        <span id={hintId} className={fields.hint}>
          Optional: what the group will see, such as “the draft is in the shared folder”.
        </span>
      </div>
    </>
  );
}
