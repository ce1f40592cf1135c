/** The app's mark: a round table of speakers around a timer arc. */
import styles from './AppMark.module.css';

export function AppMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" className={styles.ground} />
      <circle cx="32" cy="32" r="15" className={styles.ring} strokeWidth="5" opacity="0.35" />
      <path
        d="M32 17a15 15 0 0 1 14.3 10.4"
        className={styles.arc}
        strokeWidth="5"
        strokeLinecap="round"
      />
      <circle cx="32" cy="10" r="4" className={styles.seat} />
      <circle cx="53" cy="38" r="4" className={styles.seat} />
      <circle cx="11" cy="38" r="4" className={styles.seat} />
      <circle cx="32" cy="54" r="4" className={styles.speaker} />
    </svg>
  );
}
