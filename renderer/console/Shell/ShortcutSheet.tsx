/**
 * The keyboard shortcuts, drawn from the actions' registry. Opened with ? or from the Help menu.
 * Advance and Back do what the segment's phase calls for, so the sheet shows them phase by phase.
 */
import { CONSOLE_ACTIONS, liveAction } from '../../../shared/actions/liveActions.ts';
import { PHASE_STEPS, STEP_WORDS, type StepKind } from '../../../shared/live/phaseSteps.ts';
import { PHASE_WORDS, PHASES } from '../../../shared/vocabulary/phases.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import styles from './shell.module.css';

const ADVANCE = liveAction('advance');
const BACK = liveAction('back');
const STEP_GROUP = ADVANCE.group;

/** The phases that step alike, in the protocol's order, with what Advance and Back do there. */
const STEP_ROWS = [...new Set(PHASES.map((phase) => PHASE_STEPS[phase]))].map((kind: StepKind) => ({
  kind,
  phases: PHASES.filter((phase) => PHASE_STEPS[phase] === kind)
    .map((phase) => PHASE_WORDS[phase].label)
    .join(', '),
  ...STEP_WORDS[kind],
}));

/** "PageDown / →" as two keys, either of which does it. */
const Keys = ({ label }: { label: string }) => (
  <>
    {label.split(' / ').map((key, i) => (
      <span key={key}>
        {i > 0 ? ' or ' : null}
        <kbd>{key}</kbd>
      </span>
    ))}
  </>
);

function StepTable() {
  return (
    <section aria-label={STEP_GROUP} className={styles.shortcutSteps}>
      <h3>{STEP_GROUP}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">In</th>
            <th scope="col">
              Advance <Keys label={ADVANCE.keyLabel} />
            </th>
            <th scope="col">
              Back <Keys label={BACK.keyLabel} />
            </th>
          </tr>
        </thead>
        <tbody>
          {STEP_ROWS.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{row.phases}</th>
              <td>{row.advance}</td>
              <td>{row.back}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = [...new Set(CONSOLE_ACTIONS.map((action) => action.group))].filter(
    (group) => group !== STEP_GROUP,
  );
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      lead="During a session, when no text field has focus. A presentation clicker works too: its buttons send PageDown, PageUp, B and F5."
      onClose={onClose}
      onSubmit={onClose}
      submitLabel="Done"
      cancelLabel={null}
    >
      <div className={styles.shortcuts}>
        <StepTable />
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {CONSOLE_ACTIONS.filter((action) => action.group === group).map((action) => (
                <div key={action.id}>
                  <dt>
                    <Keys label={action.keyLabel} />
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
