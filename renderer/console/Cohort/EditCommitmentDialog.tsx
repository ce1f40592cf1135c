/**
 * Rewording a commitment, moving its date or saying how the group will know it is done, on the
 * cohort screen, with the same nudges as live.
 */
import type { Cadence, Commitment } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { todayIso } from '../../ui/format/dates.ts';
import { CommitmentFields, useCommitmentDraft } from '../Commitments/CommitmentFields.tsx';
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
  const { draft, change } = useCommitmentDraft({
    text: commitment.text,
    dueDate: commitment.dueDate,
    successSignal: commitment.successSignal ?? '',
  });
  const { text, dueDate, successSignal } = draft;

  const save = async () => {
    const result = await edit.run({
      cohortId,
      commitmentId: commitment.id,
      text,
      successSignal,
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
      <CommitmentFields draft={draft} onChange={change} />
      <CommitmentNudges {...draft} today={todayIso()} cadence={cadence} />
    </Dialog>
  );
}
