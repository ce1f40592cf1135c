/**
 * "Export": a session's report as a file to send, print or put in a calendar. The facilitator picks
 * a format, sees what the file will say (the printable page as it will print, the others as text),
 * and downloads it. The core renders every format from the record, the same model the report
 * screen shows.
 */
import { useState } from 'react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import {
  EXPORT_FORMAT_WORDS,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../../shared/vocabulary/exportFormats.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { downloadFile } from './download.ts';
import { DownloadedLine } from './DownloadedLine.tsx';
import { PagePreview } from './PagePreview.tsx';
import fields from '../../ui/Field/Field.module.css';
import styles from './export.module.css';

interface Props {
  cohortId: string;
  /** The session to export; with none, the dialog offers the cohort's sessions, latest first. */
  sessionId?: string | undefined;
  /** Needed to offer the sessions when none is given. */
  cohort?: Cohort | undefined;
  onClose: () => void;
}

const sessionWords = (session: Cohort['sessions'][number]) =>
  session.title ? `${session.title} (${formatDate(session.date)})` : formatDate(session.date);

export function ExportDialog({ cohortId, sessionId, cohort, onClose }: Props) {
  const sessions = [...(cohort?.sessions ?? [])].reverse();
  const [pickedSession, setPickedSession] = useState(sessionId ?? sessions[0]?.id);
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [downloaded, setDownloaded] = useState<string>();
  const chosen = sessionId ?? pickedSession;
  const file = useQuery('report.export', chosen ? { cohortId, sessionId: chosen, format } : null, [
    'cohort.changed',
  ]);

  // The last answer stays while the next is on its way, or when it was refused: only a file of
  // the format and session chosen now may be shown and downloaded.
  const session = cohort?.sessions.find((s) => s.id === chosen);
  const current =
    file.data &&
    !file.error &&
    file.data.fileName.endsWith(EXPORT_FORMAT_WORDS[format].suffix) &&
    (!session || file.data.fileName.includes(session.date))
      ? file.data
      : undefined;

  const download = () => {
    if (!current) return;
    downloadFile(current);
    setDownloaded(current.fileName);
  };

  return (
    <Dialog
      open
      wide
      title="Export"
      lead="A file to send to the group, print, open in a spreadsheet or add to a calendar."
      onClose={onClose}
      onSubmit={download}
      submitLabel="Download"
      submitDisabled={!current}
      cancelLabel="Close"
      error={file.error?.message}
    >
      <div className={styles.exportLayout}>
        <div className={styles.exportChoices}>
          {sessionId === undefined ? (
            <label className={fields.field}>
              Session
              <select
                value={pickedSession ?? ''}
                onChange={(event) => {
                  setPickedSession(event.target.value);
                  setDownloaded(undefined);
                }}
              >
                {sessions.map((session) => (
                  <option key={session.id} value={session.id}>
                    {sessionWords(session)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <fieldset className={styles.exportFormats}>
            <legend className={styles.exportLegend}>Format</legend>
            {EXPORT_FORMATS.map((choice) => (
              <label key={choice} className={styles.exportFormat}>
                <input
                  type="radio"
                  name="export-format"
                  value={choice}
                  checked={format === choice}
                  onChange={() => {
                    setFormat(choice);
                    setDownloaded(undefined);
                  }}
                />
                <span>
                  <span className={styles.exportFormatLabel}>
                    {EXPORT_FORMAT_WORDS[choice].label}
                  </span>
                  <span className={styles.exportFormatHint}>
                    {EXPORT_FORMAT_WORDS[choice].hint}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <section
          className={styles.exportPreview}
          aria-label="Preview"
          aria-busy={!current && !file.error}
        >
          {current ? (
            <>
              <p className={styles.exportFileName}>{current.fileName}</p>
              {format === 'html' ? (
                <PagePreview html={current.text} label="Preview of the printable report" />
              ) : (
                <pre className={styles.exportText} tabIndex={0} aria-label="Preview of the file">
                  {current.text.replace(/^\uFEFF/, '')}
                </pre>
              )}
            </>
          ) : null}
        </section>
      </div>
      <DownloadedLine fileName={downloaded} />
    </Dialog>
  );
}
