import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import fields from '../../ui/Field/Field.module.css';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (cohort: CohortListing) => void;
}

export function NewCohortDialog({ open, onClose, onCreated }: Props) {
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setName('');
    setError(undefined);
    onClose();
  };

  const create = async () => {
    setBusy(true);
    const result = await bridge.invoke('cohort.create', { name });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setName('');
    setError(undefined);
    onCreated(result.value);
  };

  return (
    <Dialog
      open={open}
      title="New cohort"
      lead="A cohort is a group of peers who meet regularly. It is saved as one file in your library folder."
      onClose={close}
      onSubmit={() => void create()}
      submitLabel="Create cohort"
      submitDisabled={busy || !name.trim()}
    >
      <label className={fields.field}>
        Cohort name
        <input
          autoFocus
          value={name}
          maxLength={120}
          placeholder="e.g. Product leads circle"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-cohort-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
        {error ? (
          <span id="new-cohort-error" className={fields.error} role="alert">
            {error}
          </span>
        ) : null}
      </label>
    </Dialog>
  );
}
