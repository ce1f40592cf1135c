/**
 * Which protocol the session runs: a card per choice with its total minutes and number of steps,
 * and the chosen one's steps with the cue the room will read in each.
 */
import { useId } from 'react';
import type { AgendaChoice, AgendaChoiceId } from '../../../../shared/protocols/choice.ts';
import styles from './setup.module.css';

interface Props {
  choices: readonly AgendaChoice[];
  value: AgendaChoiceId;
  onChange: (id: AgendaChoiceId) => void;
}

const stepsWords = (count: number) => (count === 1 ? '1 step' : `${count} steps`);

export function ProtocolPicker({ choices, value, onChange }: Props) {
  const name = useId();
  const chosen = choices.find((choice) => choice.id === value);
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
              </span>
              <span className={styles.protocolDescription}>{choice.description}</span>
            </span>
          </label>
        ))}
      </div>
      {chosen ? (
        <ol className={styles.protocolSteps} aria-label={`Steps of ${chosen.name}`}>
          {chosen.segments.map((segment) => (
            <li key={segment.id}>
              <span className={styles.stepMinutes}>{segment.plannedMinutes} min</span>
              <span>
                <span className={styles.stepTitle}>{segment.title}</span>
                {segment.cue ? <span className={styles.stepCue}> “{segment.cue}”</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </fieldset>
  );
}
