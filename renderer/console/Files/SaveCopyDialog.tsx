/**
 * "Save a copy elsewhere": writes the cohort as it is now to a new file at a path the facilitator
 * types (prefilled with the library folder). The original stays where it is and stays the one open.
 */
import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { navigate } from '../Shell/route.ts';
import { copyPathIn } from './filePaths.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './files.module.css';

interface Props {
  cohortId: string;
  onClose: () => void;
}

/** Mount it only while it is open: each opening starts from the prefilled path. */
export function SaveCopyDialog({ cohortId, onClose }: Props) {
  const saveCopy = useCommand('cohort.saveCopy');
  const library = useQuery('library.list', {}, []);
  const listing = library.data?.cohorts.find((cohort) => cohort.id === cohortId);
  const suggested =
    library.data && listing ? copyPathIn(library.data.folder, listing.fileName) : '';
  const [typed, setTyped] = useState<string>();
  const path = typed ?? suggested;
  const saving = saveCopy.busy;
  const [saved, setSaved] = useState<{ path: string; copy: CohortListing }>();

  const save = async () => {
    if (!path.trim() || saving) return;
    const result = await saveCopy.run({ cohortId, path: path.trim() });
    if (result.ok) setSaved({ path: path.trim(), copy: result.value });
  };

  if (saved) {
    return (
      <Dialog
        open
        title="Copy saved"
        onClose={onClose}
        onSubmit={onClose}
        actions={
          <>
            <button
              type="button"
              className={buttons.quiet}
              onClick={() => {
                onClose();
                navigate({ screen: 'cohort', cohortId: saved.copy.id });
              }}
            >
              Open the copy
            </button>
            <button type="submit" className={buttons.primary}>
              Done
            </button>
          </>
        }
      >
        <p className={styles.filesNote} role="status">
          The copy was written to <code className={styles.filesPath}>{saved.path}</code>. You are
          still working in the original{listing ? `, ${listing.fileName}` : ''}; the copy is listed
          with your cohorts.
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      title="Save a copy elsewhere"
      lead={
        <>
          Writes this cohort, as it is now, to a new file at the path below: another folder, a USB
          stick, a synced drive. The original
          {listing ? (
            <>
              {' '}
              <strong>{listing.fileName}</strong>
            </>
          ) : null}{' '}
          stays where it is and stays the file you work in.
        </>
      }
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel={saving ? 'Saving…' : 'Save copy'}
      submitDisabled={!path.trim() || saving}
    >
      <label className={fields.field}>
        Save the copy as
        <input
          value={path}
          spellCheck={false}
          aria-describedby="save-copy-hint"
          onChange={(event) => {
            setTyped(event.target.value);
            saveCopy.reset();
          }}
        />
      </label>
      <p id="save-copy-hint" className={styles.filesHint}>
        A full path ending in <code>.cohort</code>. An existing file is never overwritten.
      </p>
      <ErrorLine message={saveCopy.error?.message} />
    </Dialog>
  );
}
