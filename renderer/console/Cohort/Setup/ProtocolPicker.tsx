/**
 * Which protocol the session runs: a card per choice with its total minutes and number of steps,
 * how many cases (owners in turn) when it has per-case steps, and the agenda that makes, with the
 * cue the room will read in each step.
 */
import { useId } from 'react';
import {
  hasCases,
  MAX_CASES,
  totalMinutes,
  withCases,
  type AgendaChoice,
  type AgendaChoiceId,
} from '../../../../shared/protocols/choice.ts';
import fields from '../../../ui/Field/Field.module.css';
import styles from './setup.module.css';

interface Props {
  choices: readonly AgendaChoice[];
  value: AgendaChoiceId;
  /** How many cases, as typed: a number of cases comes from it through caseCount. */
  cases: string;
  onChange: (id: AgendaChoiceId) => void;
  onCasesChange: (cases: string) => void;
}

/** The cases typed, as a number the host takes: a whole number from 1 to MAX_CASES. */
export const caseCount = (typed: string) =>
  Math.min(MAX_CASES, Math.max(1, Math.round(Number(typed)) || 1));

const stepsWords = (count: number) => (count === 1 ? '1 step' : `${count} steps`);

export function ProtocolPicker({ choices, value, cases, onChange, onCasesChange }: Props) {
  const name = useId();
  const chosen = choices.find((choice) => choice.id === value);
  const agenda = chosen ? withCases(chosen.segments, caseCount(cases)) : [];
  return (
    <fieldset className={styles.protocols}>
      <legend>Protocol</legend>
      <div className={styles.protocolCards}>
        {choices.map((choice) => (
          <label
            key={choice.id}
            className={styles.protocolCard}
            data-chosen={choice.id === value || undefined}
          >
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={choice.id === value}
              aria-label={choice.name}
              aria-describedby={`${name}-${choice.id}`}
              onChange={() => onChange(choice.id)}
            />
            <span className={styles.protocolName}>{choice.name}</span>
            <span id={`${name}-${choice.id}`} className={styles.protocolAbout}>
              <span className={styles.protocolMeta}>
                {choice.totalMinutes} min · {stepsWords(choice.segments.length)}
                {hasCases(choice) ? ', one case' : ''}
              </span>
              <span className={styles.protocolDescription}>{choice.description}</span>
            </span>
          </label>
        ))}
      </div>
      {chosen && hasCases(chosen) ? (
        <label className={`${fields.field} ${styles.cases}`}>
          Cases, an owner each
          <input
            type="number"
            min={1}
            max={MAX_CASES}
            value={cases}
            onChange={(event) => onCasesChange(event.target.value)}
          />
        </label>
      ) : null}
      {chosen ? (
        <>
          <p className={styles.agendaTotal}>
            The agenda: {totalMinutes(agenda)} min, {stepsWords(agenda.length)}
          </p>
          <ol className={styles.protocolSteps} aria-label={`Steps of ${chosen.name}`}>
            {agenda.map((segment) => (
              <li key={segment.id}>
                <span className={styles.stepMinutes}>{segment.plannedMinutes} min</span>
                <span>
                  <span className={styles.stepTitle}>{segment.title}</span>
                  {segment.cue ? <span className={styles.stepCue}> “{segment.cue}”</span> : null}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </fieldset>
  );
}
