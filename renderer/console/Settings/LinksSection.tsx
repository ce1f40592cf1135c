/**
 * The browser host's shared links: the presenter's address (on the projector PC, a TV) keeps
 * working across restarts; "New links" replaces both links, after a confirmation, and every page
 * opened with the old ones stops working. This console reopens itself on its new link.
 */
import { useState } from 'react';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { openWithToken } from '../../bridge/pageToken.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './settings.module.css';

export function LinksSection() {
  const bridge = useBridge();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const renew = async () => {
    setBusy(true);
    const result = await bridge.invoke('links.renew', {});
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    openWithToken(result.value.consolePath);
  };

  return (
    <section
      className={`${panels.surface} ${styles.settingsPanel}`}
      aria-labelledby="links-heading"
    >
      <h2 id="links-heading" className={styles.settingsHeading}>
        Shared links
      </h2>
      <p className={styles.settingsText}>
        The presenter's link keeps working when the app restarts, so a projector PC or TV reconnects
        by itself. If a link reached someone it should not have, make new links: the old ones stop
        working at once, and you open the presenter again with the new one.
      </p>
      <button
        type="button"
        className={`${buttons.button} ${styles.settingsAction}`}
        onClick={() => setConfirming(true)}
      >
        New links…
      </button>
      <Dialog
        open={confirming}
        title="Make new links?"
        lead="Every page opened with the current links closes, the presenter's too. This console reopens on its new link."
        onClose={() => {
          setConfirming(false);
          setError(undefined);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          void renew();
        }}
        submitLabel={busy ? 'Making new links…' : 'Make new links'}
        submitDisabled={busy}
        danger
        error={error}
      />
    </section>
  );
}
