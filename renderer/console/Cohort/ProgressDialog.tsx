import { useState } from 'react';
import type { Commitment } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import fieldStyles from '../../ui/Field/Field.module.css';

interface Props {
  cohortId: string;
  commitment: Commitment | undefined;
  ownerName: string;
  onClose: () => void;
}

const EMPTY = { accomplished: '', remaining: '', blockers: '' };
type Words = typeof EMPTY;

export function ProgressDialog({ cohortId, commitment, ownerName, onClose }: Props) {
  const addProgress = useCommand('commitment.addProgress');
  const [fields, setFields] = useState<Words>(EMPTY);
  const [helpAsked, setHelpAsked] = useState(false);

  const close = () => {
    setFields(EMPTY);
    setHelpAsked(false);
    addProgress.reset();
    onClose();
  };
  const save = async () => {
    if (!commitment) return;
    const result = await addProgress.run({
      cohortId,
      commitmentId: commitment.id,
      ...fields,
      helpAsked: helpAsked && fields.blockers.trim() !== '',
    });
    if (result.ok) close();
  };
  const field = (key: keyof Words, label: string, hint: string) => (
    <label className={fieldStyles.field}>
      {label}
      <textarea
        value={fields[key]}
        placeholder={hint}
        rows={2}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </label>
  );

  return (
    <Dialog
      open={commitment !== undefined}
      title="Progress update"
      lead={commitment ? `${ownerName}: “${commitment.text}”` : undefined}
      onClose={close}
      onSubmit={() => void save()}
      error={addProgress.error?.message}
      submitLabel="Save update"
      submitDisabled={
        !fields.accomplished.trim() && !fields.remaining.trim() && !fields.blockers.trim()
      }
    >
      {field('accomplished', 'Accomplished', 'What got done since the last session')}
      {field('remaining', 'Remaining', 'What is still to do')}
      {field('blockers', 'Blockers', 'Where the group could help')}
      <label className={fieldStyles.toggle}>
        <input
          type="checkbox"
          checked={helpAsked}
          disabled={fields.blockers.trim() === ''}
          onChange={(event) => setHelpAsked(event.target.checked)}
        />
        Ask the cohort for help with the blockers
      </label>
    </Dialog>
  );
}
