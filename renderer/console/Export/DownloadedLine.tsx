/** Says which file was just downloaded, for everyone (a status, read out by screen readers). */
import styles from './export.module.css';

export function DownloadedLine({ fileName }: { fileName: string | undefined }) {
  return fileName ? (
    <p role="status" className={styles.exportStatus}>
      Downloaded {fileName}
    </p>
  ) : null;
}
