/**
 * When a cohort file could not be saved or was changed elsewhere, a banner under the top bar says
 * so in words and offers to save a copy elsewhere. It is placed in the console's layout (between
 * the top bar and the screen) from wherever the save indicator is.
 */
import { createPortal } from 'react-dom';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './files.module.css';

interface Props {
  /** The last 'failed' or 'conflict' status, kept through the retries until a save succeeds. */
  status: SaveStatus;
  /** The console's layout element the banner takes a row of. */
  host: Element;
  onSaveCopy: () => void;
  onDismiss: () => void;
}

export function SaveProblemBanner({ status, host, onSaveCopy, onDismiss }: Props) {
  const failed = status.state === 'failed';
  return createPortal(
    <>
      <section
        className={styles.saveBanner}
        data-state={status.state}
        role="alert"
        aria-label={failed ? 'Not saved' : 'Changed elsewhere'}
      >
        <span className={styles.saveBannerIcon} aria-hidden="true">
          !
        </span>
        <div className={styles.saveBannerText}>
          <p className={styles.saveBannerTitle}>
            {failed ? 'Your latest changes are not saved yet' : 'This cohort was changed elsewhere'}
          </p>
          <p className={styles.saveBannerMessage}>
            {status.message ??
              (failed ? 'The cohort file could not be written.' : 'Both versions are kept.')}
          </p>
          <p className={styles.saveBannerHint}>
            {failed
              ? 'The app keeps retrying by itself while it stays open, so you can keep working. Saving a copy elsewhere keeps your work safe meanwhile.'
              : 'Nothing was lost. This screen now shows the version on disk; yours, with your latest changes, is the conflicted copy listed with your cohorts.'}
          </p>
        </div>
        <div className={styles.saveBannerActions}>
          <button
            type="button"
            className={`${buttons.small} ${buttons.primary}`}
            onClick={onSaveCopy}
          >
            Save a copy elsewhere…
          </button>
          {failed ? null : (
            <button
              type="button"
              className={`${buttons.small} ${buttons.quiet}`}
              onClick={onDismiss}
            >
              Dismiss
            </button>
          )}
        </div>
      </section>
    </>,
    host,
  );
}
