/** How the group will know a commitment is done, under its words; nothing when none was given. */
import styles from './Commitments.module.css';

export function SuccessSignal({ signal }: { signal: string | null | undefined }) {
  if (!signal) return null;
  return (
    <p className={styles.signal}>
      <span className={styles.signalLabel}>Done when:</span> {signal}
    </p>
  );
}
