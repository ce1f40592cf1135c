/**
 * Writing in a member's learning journal, or changing an entry: a prompt from the seeds or free
 * writing, the words, the member's own commitments it is about, and whether it may be shared.
 * Private is the default; only a shareable entry can reach a report.
 */
import { useState } from 'react';
import type { Commitment, JournalEntry } from '../../../shared/cohort/schema.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { JOURNAL_PROMPTS } from '../../../shared/vocabulary/journalPrompts.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import fields from '../../ui/Field/Field.module.css';
import styles from './journal.module.css';

interface Props {
  cohortId: string;
  member: { id: string; name: string };
  /** The session it is written in, when written during one. */
  sessionId?: string | undefined;
  /** The member's commitments it can be linked to. */
  commitments: readonly Commitment[];
  /** The entry to change; absent to write a new one. */
  entry?: JournalEntry | undefined;
  onClose: () => void;
}

const FREE = '';

export function JournalEntryDialog({
  cohortId,
  member,
  sessionId,
  commitments,
  entry,
  onClose,
}: Props) {
  const add = useCommand('journal.add');
  const edit = useCommand('journal.edit');
  const [prompt, setPrompt] = useState(entry ? (entry.prompt ?? FREE) : JOURNAL_PROMPTS[0]);
  const [text, setText] = useState(entry?.text ?? '');
  const [shareable, setShareable] = useState(entry?.shareable ?? false);
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set(entry?.commitmentIds ?? []));
  const prompts: readonly string[] =
    entry?.prompt && !JOURNAL_PROMPTS.some((p) => p === entry.prompt)
      ? [entry.prompt, ...JOURNAL_PROMPTS]
      : JOURNAL_PROMPTS;

  const save = async () => {
    const words = { prompt, text, shareable, commitmentIds: [...linked] };
    const result = entry
      ? await edit.run({ cohortId, entryId: entry.id, ...words })
      : await add.run({
          cohortId,
          memberId: member.id,
          ...(sessionId ? { sessionId } : {}),
          ...words,
        });
    if (result.ok) onClose();
  };
  const toggle = (id: string) => {
    const next = new Set(linked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setLinked(next);
  };

  return (
    <Dialog
      open
      title={entry ? 'Edit journal entry' : `${member.name}’s journal`}
      lead="Private unless you mark it shareable: a private entry is seen only here, never on the room’s screen, in a report or in an export."
      onClose={onClose}
      onSubmit={() => void save()}
      error={(entry ? edit : add).error?.message}
      submitLabel="Save entry"
      submitDisabled={!text.trim() || add.busy || edit.busy}
    >
      <label className={fields.field}>
        Prompt
        <select value={prompt} onChange={(event) => setPrompt(event.target.value)}>
          {prompts.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
          <option value={FREE}>Free writing</option>
        </select>
      </label>
      <label className={fields.field}>
        {prompt || 'Entry'}
        <textarea
          value={text}
          rows={6}
          maxLength={MAX_LENGTH.journalEntry}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {commitments.length > 0 ? (
        <fieldset className={styles.links}>
          <legend>About these commitments</legend>
          {commitments.map((commitment) => (
            <label key={commitment.id} className={fields.toggle}>
              <input
                type="checkbox"
                checked={linked.has(commitment.id)}
                onChange={() => toggle(commitment.id)}
              />
              {commitment.text}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className={fields.toggle}>
        <input
          type="checkbox"
          checked={shareable}
          onChange={(event) => setShareable(event.target.checked)}
        />
        Shareable: may appear in the session’s report
      </label>
    </Dialog>
  );
}
