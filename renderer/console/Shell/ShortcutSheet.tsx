/** The keyboard shortcuts, drawn from the live actions' registry. Opened with ? or from the Help menu. */
import { LIVE_ACTIONS } from '../Live/actions.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import styles from './shell.module.css';

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = [...new Set(LIVE_ACTIONS.map((action) => action.group))];
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      lead="During a session, when no text field has focus."
      onClose={onClose}
      onSubmit={onClose}
      submitLabel="Done"
      cancelLabel={null}
    >
      <div className={styles.shortcuts}>
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {LIVE_ACTIONS.filter((action) => action.group === group).map((action) => (
                <div key={action.id}>
                  <dt>
                    <kbd>{action.keyLabel}</kbd>
                  </dt>
                  <dd>{action.label}</dd>
                </div>
              ))}
              {group === 'Speakers' ? (
                <div>
                  <dt>
                    <kbd>?</kbd>
                  </dt>
                  <dd>This list</dd>
                </div>
              ) : null}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
