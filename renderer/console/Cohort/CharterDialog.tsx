/** Edits the cohort's charter (why it meets, how people treat each other) and when it meets. */
import { useState } from 'react';
import type { Cadence, Cohort } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { CADENCE_CHOICES, WEEKDAYS } from './cadenceWords.ts';
import fieldStyles from '../../ui/Field/Field.module.css';
import styles from './cohort.module.css';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface Fields {
  mission: string;
  weeklyTimeCommitment: string;
  learningFormats: string;
  projectKinds: string;
  codeOfConduct: string;
  every: Cadence['every'];
  weekday: string;
  startTime: string;
  durationMinutes: string;
}

const fieldsOf = ({ charter, cadence }: Cohort): Fields => ({
  mission: charter.mission,
  weeklyTimeCommitment: charter.weeklyTimeCommitment,
  learningFormats: charter.learningFormats.join('\n'),
  projectKinds: charter.projectKinds.join('\n'),
  codeOfConduct: charter.codeOfConduct.join('\n'),
  every: cadence.every,
  weekday: cadence.weekday === undefined ? '' : String(cadence.weekday),
  startTime: cadence.startTime ?? '',
  durationMinutes: String(cadence.durationMinutes),
});

/** Mount it only while it is open: it starts from the charter as it is. */
export function CharterDialog({
  cohortId,
  cohort,
  onClose,
}: {
  cohortId: string;
  cohort: Cohort;
  onClose: () => void;
}) {
  const update = useCommand('cohort.update');
  const [fields, setFields] = useState(() => fieldsOf(cohort));
  const set = (key: keyof Fields) => (value: string) => {
    setFields((current) => ({ ...current, [key]: value }));
    update.reset();
  };

  const adHoc = fields.every === 'ad-hoc';
  const duration = Number(fields.durationMinutes);
  const durationProblem =
    !Number.isInteger(duration) || duration < 5 || duration > 600
      ? 'A session lasts from 5 to 600 minutes.'
      : undefined;

  const save = async () => {
    if (durationProblem || update.busy) return;
    const cadence: {
      every: Cadence['every'];
      durationMinutes: number;
      weekday?: number;
      startTime?: string;
    } = { every: fields.every, durationMinutes: duration };
    if (fields.weekday !== '') cadence.weekday = Number(fields.weekday);
    if (fields.startTime !== '') cadence.startTime = fields.startTime;
    const result = await update.run({
      cohortId,
      charter: {
        mission: fields.mission.trim(),
        weeklyTimeCommitment: fields.weeklyTimeCommitment.trim(),
        learningFormats: lines(fields.learningFormats),
        projectKinds: lines(fields.projectKinds),
        codeOfConduct: lines(fields.codeOfConduct),
      },
      cadence,
    });
    if (result.ok) onClose();
  };

  const text = (key: keyof Fields, label: string, hint?: string) => (
    <label className={fieldStyles.field}>
      {label}
      <input
        value={fields[key]}
        placeholder={hint}
        onChange={(event) => set(key)(event.target.value)}
      />
    </label>
  );
  const list = (key: keyof Fields, label: string, hint: string) => (
    <label className={fieldStyles.field}>
      <span>
        {label} <span className={fieldStyles.hint}>one per line</span>
      </span>
      <textarea
        value={fields[key]}
        rows={3}
        placeholder={hint}
        onChange={(event) => set(key)(event.target.value)}
      />
    </label>
  );

  return (
    <Dialog
      open
      title="Edit charter"
      lead={`What ${cohort.name} agrees on: why it meets, how often, and how people treat each other.`}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel="Save charter"
      submitDisabled={durationProblem !== undefined || update.busy}
    >
      <div className={`${styles.editForm} ${styles.editFormColumns}`}>
        <div className={styles.editForm}>
          <label className={fieldStyles.field}>
            Mission
            <textarea
              value={fields.mission}
              rows={3}
              placeholder="What the cohort is for, in a sentence or two"
              onChange={(event) => set('mission')(event.target.value)}
            />
          </label>
          {text('weeklyTimeCommitment', 'Weekly time commitment', 'e.g. 2 hours a week')}
          {list('codeOfConduct', 'Code of conduct', 'Candor\nPunctuality\nConfidentiality')}
        </div>
        <div className={styles.editForm}>
          {list('learningFormats', 'Learning formats', 'Peer coaching\nCase clinics')}
          {list('projectKinds', 'Kinds of projects', 'Process improvement')}
          <fieldset className={styles.editFormGroup}>
            <legend>Meets</legend>
            <div className={styles.editFormPair}>
              <label className={`${fieldStyles.field} ${styles.editFormWide}`}>
                How often
                <select
                  value={fields.every}
                  onChange={(event) => set('every')(event.target.value as Cadence['every'])}
                >
                  {Object.entries(CADENCE_CHOICES).map(([value, words]) => (
                    <option key={value} value={value}>
                      {words}
                    </option>
                  ))}
                </select>
              </label>
              <label className={fieldStyles.field}>
                Day
                <select
                  value={fields.weekday}
                  disabled={adHoc}
                  onChange={(event) => set('weekday')(event.target.value)}
                >
                  {cohort.cadence.weekday === undefined ? (
                    <option value="">No fixed day</option>
                  ) : null}
                  {WEEKDAYS.map((day, index) => (
                    <option key={day} value={String(index)}>
                      {day}
                    </option>
                  ))}
                </select>
              </label>
              <label className={fieldStyles.field}>
                Starts at
                <input
                  type="time"
                  value={fields.startTime}
                  disabled={adHoc}
                  onChange={(event) => set('startTime')(event.target.value)}
                />
              </label>
              <label className={fieldStyles.field}>
                Length in minutes
                <input
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={600}
                  step={5}
                  value={fields.durationMinutes}
                  aria-invalid={durationProblem !== undefined}
                  onChange={(event) => set('durationMinutes')(event.target.value)}
                />
              </label>
            </div>
            {durationProblem ? (
              <p className={`${fieldStyles.error} ${styles.editFormProblem}`}>{durationProblem}</p>
            ) : null}
          </fieldset>
        </div>
        <ErrorLine
          message={update.error?.message}
          className={`${fieldStyles.error} ${styles.editFormWide}`}
        />
      </div>
    </Dialog>
  );
}
