/** The keyboard shortcuts, drawn from the actions' registry. Opened with ? or from the Help menu. */
import { CONSOLE_ACTIONS } from '../../../shared/actions/liveActions.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import styles from './shell.module.css';

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = [...new Set(CONSOLE_ACTIONS.map((action) => action.group))];
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
              {CONSOLE_ACTIONS.filter((action) => action.group === group).map((action) => (
                <div key={action.id}>
                  <dt>
                    <kbd>{action.keyLabel}</kbd>
                  </dt>
                  <dd>{action.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
