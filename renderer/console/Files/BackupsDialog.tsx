/**
 * The backups of one cohort file, newest first, with what each holds; restoring one asks first and
 * says that the current version is backed up before it is replaced. Works for a damaged file too.
 */
import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import type { BackupSummary } from '../../../shared/contract/library.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { backupAge, backupContents, backupDate, fileSize } from './backupWords.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './files.module.css';

interface Props {
  cohortId: string;
  fileName: string;
  onClose: () => void;
  onRestored?: (listing: CohortListing) => void;
}

/** Mount it only while it is open: each opening starts from the list, with fresh backups. */
export function BackupsDialog({ cohortId, fileName, onClose, onRestored }: Props) {
  const restoreBackup = useCommand('cohort.restoreBackup');
  const restoring = restoreBackup.busy;
  const backups = useQuery('cohort.backups', { cohortId }, ['library.changed']);
  const [chosen, setChosen] = useState<BackupSummary>();

  const restore = async () => {
    if (!chosen || restoring) return;
    const result = await restoreBackup.run({ cohortId, backupId: chosen.id });
    if (!result.ok) return;
    onRestored?.(result.value);
    onClose();
  };

  if (chosen) {
    return (
      <Dialog
        open
        title="Restore this backup?"
        lead={
          <>
            <strong>{fileName}</strong> will be replaced by the backup from {backupDate(chosen.at)}{' '}
            ({backupContents(chosen)}).
          </>
        }
        onClose={onClose}
        onSubmit={() => void restore()}
        cancelLabel="Back"
        onCancel={() => {
          setChosen(undefined);
          restoreBackup.reset();
        }}
        submitLabel={restoring ? 'Restoring…' : 'Restore backup'}
        submitDisabled={restoring}
        error={restoreBackup.error?.message}
      >
        <p className={styles.filesNote}>
          The current version is backed up first, so nothing is lost: you can come back to it from
          this same list of backups.
        </p>
      </Dialog>
    );
  }

  const list = backups.data ?? [];
  return (
    <Dialog
      open
      title="Restore from backup"
      lead={
        <>
          Backups of <strong>{fileName}</strong>, newest first. One is taken before the first change
          of each day, every 25 saves, and before any restore.
        </>
      }
      onClose={onClose}
      actions={
        <button type="button" className={buttons.quiet} onClick={onClose}>
          Close
        </button>
      }
    >
      <ErrorLine
        message={backups.error && `The backups could not be listed: ${backups.error.message}`}
      />
      {backups.data && list.length === 0 ? (
        <p className={styles.filesNote}>
          There are no backups of this file yet. The first one is taken before the first change
          saved today.
        </p>
      ) : null}
      {list.length > 0 ? (
        <ul className={styles.backupList} aria-label="Backups">
          {list.map((backup) => (
            <li key={backup.id} className={styles.backup}>
              <div className={styles.backupBody}>
                <p className={styles.backupDate}>
                  {backupDate(backup.at)}
                  <span className={styles.backupAge}>{backupAge(backup.at)}</span>
                </p>
                <p className={styles.backupContents}>
                  {backupContents(backup)} · {fileSize(backup.sizeBytes)}
                </p>
                {backup.problem ? <p className={styles.backupProblem}>{backup.problem}</p> : null}
              </div>
              <button
                type="button"
                className={buttons.small}
                disabled={backup.problem !== undefined}
                aria-label={`Restore the backup from ${backupDate(backup.at)}`}
                onClick={() => setChosen(backup)}
              >
                Restore…
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
