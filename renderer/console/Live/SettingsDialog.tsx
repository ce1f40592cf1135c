/**
 * The session's settings, from the live bar: when the turn timer starts by itself, and whether the
 * challenge owner answers after each question of a round. Each toggle applies at once.
 */
import { useState } from 'react';
import type { LiveOptions } from '../../../shared/live/session.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import a11y from '../../ui/a11y.module.css';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

const OPTIONS: { key: keyof LiveOptions; label: string; hint: string }[] = [
  {
    key: 'autoStartTurnOnFloor',
    label: 'Start the turn timer when the floor changes',
    hint: 'Next speaker and Give the floor start a fresh turn.',
  },
  {
    key: 'autoStartTurnOnQuestion',
    label: 'Start the turn timer when a question is shown',
    hint: 'Showing a question on the screen starts a fresh turn.',
  },
  {
    key: 'ownerAnswersAfterEach',
    label: 'The challenge owner answers after each question',
    hint: 'In a round, the floor goes back to the owner after every asker.',
  },
];

export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttons.small} onClick={() => setOpen(true)}>
        Session settings
      </button>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const send = useLiveSend();
  const options = useLive((state) => state.options);
  return (
    <Dialog
      open={open}
      title="Session settings"
      lead="These apply to this session and take effect at once."
      onClose={onClose}
      onSubmit={onClose}
      submitLabel="Done"
      cancelLabel={null}
    >
      <fieldset className={styles.sessionSettings}>
        <legend className={a11y.visuallyHidden}>Session options</legend>
        {OPTIONS.map(({ key, label, hint }) => (
          <label key={key} className={styles.sessionSettingsOption}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => void send({ type: 'options.set', [key]: event.target.checked })}
            />
            <span>
              <span className={styles.sessionSettingsLabel}>{label}</span>
              <span className={styles.sessionSettingsHint}>{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
