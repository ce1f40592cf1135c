import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import fields from '../../ui/Field/Field.module.css';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (cohort: CohortListing) => void;
}

export function NewCohortDialog({ open, onClose, onCreated }: Props) {
  const createCohort = useCommand('cohort.create');
  const { busy, reset } = createCohort;
  const error = createCohort.error?.message;
  const [name, setName] = useState('');

  const close = () => {
    setName('');
    reset();
    onClose();
  };

  const create = async () => {
    const result = await createCohort.run({ name });
    if (!result.ok) return;
    setName('');
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
          maxLength={MAX_LENGTH.cohortName}
          placeholder="e.g. Product leads circle"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-cohort-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            reset();
          }}
        />
        <ErrorLine id="new-cohort-error" message={error} inline />
      </label>
    </Dialog>
  );
}
