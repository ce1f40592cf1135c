/**
 * "Save a copy elsewhere": writes the cohort as it is now to a new file. In the desktop app the
 * place is chosen in the system's save dialog ("Choose…"); in the browser host the facilitator
 * types the path (prefilled with the library folder). The original stays where it is and stays
 * the one open.
 */
import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { navigate } from '../Shell/route.ts';
import { copyPathIn } from './filePaths.ts';
import { useChosenPath } from './useChosenPath.ts';
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
  const info = useAppInfo();
  const inDialog = info?.host === 'electron';
  const place = useChosenPath('save-copy', cohortId);
  const library = useQuery('library.list', {}, []);
  const listing = library.data?.cohorts.find((cohort) => cohort.id === cohortId);
  const suggested =
    library.data && listing ? copyPathIn(library.data.folder, listing.fileName) : '';
  const [typed, setTyped] = useState<string>();
  const path = typed ?? suggested;
  const saving = saveCopy.busy;
  const [saved, setSaved] = useState<{ path: string; copy: CohortListing }>();

  const ready = info !== undefined && (inDialog ? place.chosen !== undefined : !!path.trim());

  const save = async () => {
    if (!ready || saving) return;
    if (inDialog) {
      if (!place.chosen) return;
      const { handle, shown } = place.chosen;
      const result = await saveCopy.run({ cohortId, handle });
      place.forget();
      if (result.ok) setSaved({ path: shown, copy: result.value });
      return;
    }
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
          Writes this cohort, as it is now, to a new file at the{' '}
          {inDialog ? 'place you choose' : 'path below'}: another folder, a USB stick, a synced
          drive. The original
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
      submitDisabled={!ready || saving}
    >
      {info === undefined ? null : inDialog ? (
        <>
          <div className={styles.filesChosen} role="group" aria-label="Save the copy as">
            <code className={styles.filesPath}>
              {place.chosen ? place.chosen.shown : 'No place chosen yet'}
            </code>
            <button
              type="button"
              className={buttons.quiet}
              disabled={place.busy || saving}
              onClick={() => {
                saveCopy.reset();
                void place.choose();
              }}
            >
              Choose…
            </button>
          </div>
          <p className={styles.filesHint}>
            The system's save dialog opens. An existing file is never overwritten.
          </p>
          <ErrorLine message={place.error?.message} />
        </>
      ) : (
        <TypedPath
          path={path}
          onChange={(typedPath) => {
            setTyped(typedPath);
            saveCopy.reset();
          }}
        />
      )}
      <ErrorLine message={saveCopy.error?.message} />
    </Dialog>
  );
}

/** The browser host's field: a full path, prefilled with a copy's name in the library folder. */
function TypedPath({ path, onChange }: { path: string; onChange: (path: string) => void }) {
  return (
    <>
      <label className={fields.field}>
        Save the copy as
        <input
          value={path}
          spellCheck={false}
          aria-describedby="save-copy-hint"
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p id="save-copy-hint" className={styles.filesHint}>
        A full path ending in <code>.cohort</code>. An existing file is never overwritten.
      </p>
    </>
  );
}
