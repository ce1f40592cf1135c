/** Renames a cohort (the name shown everywhere); its file keeps its own name. */
import { useState } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import fields from '../../ui/Field/Field.module.css';

interface Props {
  cohortId: string;
  name: string;
  fileName: string;
  onClose: () => void;
}

/** Mount it only while it is open. */
export function RenameCohortDialog({ cohortId, name, fileName, onClose }: Props) {
  const update = useCommand('cohort.update');
  const [next, setNext] = useState(name);
  const unchanged = next.trim() === name;

  const save = async () => {
    if (!next.trim() || update.busy) return;
    if (unchanged) return onClose();
    const result = await update.run({ cohortId, name: next.trim() });
    if (result.ok) onClose();
  };

  return (
    <Dialog
      open
      title="Rename cohort"
      lead={
        fileName ? (
          <>
            The new name is shown wherever the cohort appears. The file keeps its name,{' '}
            <strong>{fileName}</strong>.
          </>
        ) : undefined
      }
      onClose={onClose}
      onSubmit={() => void save()}
      error={update.error?.message}
      submitLabel="Rename"
      submitDisabled={!next.trim() || update.busy}
    >
      <label className={fields.field}>
        Cohort name
        <input
          value={next}
          maxLength={MAX_LENGTH.cohortName}
          onChange={(event) => {
            setNext(event.target.value);
            update.reset();
          }}
        />
      </label>
    </Dialog>
  );
}
