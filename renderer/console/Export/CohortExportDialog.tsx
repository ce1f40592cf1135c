/**
 * File › Export the cohort…: the whole cohort as one file, as it is (to move it to another
 * computer or library, where "Import a cohort file…" brings it in) or as an anonymised copy for
 * sharing what the cohort learned with other cohorts.
 */
import { useState } from 'react';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { downloadFile } from './download.ts';
import { DownloadedLine } from './DownloadedLine.tsx';
import styles from './export.module.css';

const CHOICES = [
  {
    anonymised: false,
    label: 'The cohort file',
    hint: 'Everything in it, to move it to another computer or library',
  },
  {
    anonymised: true,
    label: 'An anonymised copy',
    hint: 'Members called by their roles, guests by number, no journal: for sharing what the cohort learned',
  },
] as const;

export function CohortExportDialog({
  cohortId,
  onClose,
}: {
  cohortId: string;
  onClose: () => void;
}) {
  const exportCohort = useCommand('cohort.export');
  const [anonymised, setAnonymised] = useState(false);
  const [downloaded, setDownloaded] = useState<string>();

  const download = async () => {
    const result = await exportCohort.run({ cohortId, anonymised });
    if (!result.ok) return;
    downloadFile(result.value);
    setDownloaded(result.value.fileName);
  };

  return (
    <Dialog
      open
      title="Export the cohort"
      lead="The whole cohort as one .cohort file."
      onClose={onClose}
      onSubmit={() => void download()}
      submitLabel={exportCohort.busy ? 'Preparing…' : 'Download'}
      submitDisabled={exportCohort.busy}
      cancelLabel="Close"
      error={exportCohort.error?.message}
    >
      <fieldset className={styles.exportFormats}>
        <legend className={styles.exportLegend}>What to export</legend>
        {CHOICES.map((choice) => (
          <label key={choice.label} className={styles.exportFormat}>
            <input
              type="radio"
              name="cohort-export"
              checked={anonymised === choice.anonymised}
              onChange={() => {
                setAnonymised(choice.anonymised);
                setDownloaded(undefined);
              }}
            />
            <span>
              <span className={styles.exportFormatLabel}>{choice.label}</span>
              <span className={styles.exportFormatHint}>{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <DownloadedLine fileName={downloaded} />
    </Dialog>
  );
}
