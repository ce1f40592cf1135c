/**
 * A cohort file this app may not write (no write permission) opens read-only: the banner says so
 * in words and offers the way to keep working, a copy elsewhere. The file itself is never changed.
 */
import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { SaveCopyDialog } from '../Files/SaveCopyDialog.tsx';
import banners from '../../ui/Banner/Banner.module.css';
import buttons from '../../ui/Button/Button.module.css';

export function ReadOnlyBanner({ cohortId }: { cohortId: string }) {
  const state = useQuery('cohort.fileState', { cohortId }, ['cohort.changed']);
  const [copying, setCopying] = useState(false);
  if (!state.data?.readOnly) return null;
  return (
    <>
      <div className={banners.banner} role="status">
        <span>
          This file is read-only: the app shows it but cannot change it, and leaves it as it is. To
          work with it, save a copy elsewhere and open the copy.
        </span>
        <button type="button" className={buttons.button} onClick={() => setCopying(true)}>
          Save a copy elsewhere…
        </button>
      </div>
      {copying ? <SaveCopyDialog cohortId={cohortId} onClose={() => setCopying(false)} /> : null}
    </>
  );
}
