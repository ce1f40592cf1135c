import { useState } from 'react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { meetsWords } from './cadenceWords.ts';
import { CharterDialog } from './CharterDialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

/** The cohort's agreement: why it meets, how often, and how people treat each other. */
export function CharterPanel({ cohortId, cohort }: { cohortId: string; cohort: Cohort }) {
  const { charter, cadence } = cohort;
  const [editing, setEditing] = useState(false);
  return (
    <section className={panels.panel} aria-labelledby="charter-heading">
      <div className={panels.header}>
        <h2 id="charter-heading">Charter</h2>
        <span className={panels.spacer} />
        <button
          type="button"
          className={`${buttons.small} ${buttons.quiet}`}
          aria-label="Edit charter"
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      </div>
      <dl className={styles.charter}>
        <div>
          <dt>Mission</dt>
          <dd>{charter.mission || 'Not written yet.'}</dd>
        </div>
        <div>
          <dt>Meets</dt>
          <dd>{meetsWords(cadence)}</dd>
        </div>
        {charter.weeklyTimeCommitment ? (
          <div>
            <dt>Time commitment</dt>
            <dd>{charter.weeklyTimeCommitment}</dd>
          </div>
        ) : null}
        {charter.learningFormats.length > 0 ? (
          <div>
            <dt>Learning formats</dt>
            <dd>{charter.learningFormats.join(', ')}</dd>
          </div>
        ) : null}
        {charter.projectKinds.length > 0 ? (
          <div>
            <dt>Kinds of projects</dt>
            <dd>{charter.projectKinds.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>Code of conduct</dt>
          <dd>
            {charter.codeOfConduct.length > 0 ? (
              <ul className={styles.chips} aria-label="Code of conduct">
                {charter.codeOfConduct.map((rule, index) => (
                  <li key={`${index}:${rule}`}>{rule}</li>
                ))}
              </ul>
            ) : (
              'Not agreed yet.'
            )}
          </dd>
        </div>
      </dl>
      {editing ? (
        <CharterDialog cohortId={cohortId} cohort={cohort} onClose={() => setEditing(false)} />
      ) : null}
    </section>
  );
}
