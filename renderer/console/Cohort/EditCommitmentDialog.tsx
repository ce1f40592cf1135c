/** Rewording a commitment or moving its date on the cohort screen, with the same nudges as live. */
import { useState } from 'react';
import type { Cadence, Commitment } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { todayIso } from '../../ui/format/dates.ts';
import { CommitmentFields } from '../Commitments/CommitmentFields.tsx';
import { CommitmentNudges } from '../Commitments/CommitmentNudges.tsx';

interface Props {
  cohortId: string;
  commitment: Commitment;
  ownerName: string;
  cadence: Cadence;
  onClose: () => void;
}

/** Mounted for one commitment at a time: its fields start from that commitment. */
export function EditCommitmentDialog({ cohortId, commitment, ownerName, cadence, onClose }: Props) {
  const edit = useCommand('commitment.edit');
  const [text, setText] = useState(commitment.text);
  const [dueDate, setDueDate] = useState(commitment.dueDate);

  const save = async () => {
    const result = await edit.run({
      cohortId,
      commitmentId: commitment.id,
      text,
      ...(dueDate ? { dueDate } : {}),
    });
    if (result.ok) onClose();
  };

  return (
    <Dialog
      open
      title="Edit commitment"
      lead={`${ownerName} will do it.`}
      onClose={onClose}
      onSubmit={() => void save()}
      error={edit.error?.message}
      submitLabel="Save commitment"
      submitDisabled={!text.trim() || edit.busy}
    >
      <CommitmentFields text={text} dueDate={dueDate} onText={setText} onDueDate={setDueDate} />
      <CommitmentNudges text={text} dueDate={dueDate} today={todayIso()} cadence={cadence} />
    </Dialog>
  );
}
