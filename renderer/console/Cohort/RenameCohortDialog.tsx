/** Renames a cohort (the name shown everywhere); its file keeps its own name. */
import { useState } from 'react';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
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
  const bridge = useBridge();
  const [next, setNext] = useState(name);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const unchanged = next.trim() === name;

  const save = async () => {
    if (!next.trim() || saving) return;
    if (unchanged) return onClose();
    setSaving(true);
    const result = await bridge.invoke('cohort.update', { cohortId, name: next.trim() });
    setSaving(false);
    if (result.ok) onClose();
    else setError(result.error.message);
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
      error={error}
      submitLabel="Rename"
      submitDisabled={!next.trim() || saving}
    >
      <label className={fields.field}>
        Cohort name
        <input
          value={next}
          maxLength={120}
          onChange={(event) => {
            setNext(event.target.value);
            setError(undefined);
          }}
        />
      </label>
    </Dialog>
  );
}
