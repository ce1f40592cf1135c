/**
 * The roles of the day (DOMAIN.md: facilitator, note-taker, data reporter and timekeeper rotate
 * between members): each proposed by fairness among the members attending, or chosen by hand.
 */
import type { ChosenRoles, RolesOfTheDay } from '../../../../shared/cohort/rotation.ts';
import { ROLE_NAMES, ROLE_WORDS, type RoleName } from '../../../../shared/vocabulary/roles.ts';
import { PersonOptions } from '../../../ui/Field/PersonOptions.tsx';
import fields from '../../../ui/Field/Field.module.css';
import styles from './setup.module.css';

interface Props {
  /** Members attending, in seating order. */
  people: readonly { id: string; name: string }[];
  value: RolesOfTheDay;
  /** The roles set by hand; the others are proposals. */
  chosen: ChosenRoles;
  onChoose: (role: RoleName, holder: string | null) => void;
}

export function RolesPicker({ people, value, chosen, onChoose }: Props) {
  const proposed = ROLE_NAMES.some((role) => !(role in chosen) && value[role] !== undefined);
  return (
    <fieldset className={styles.roles}>
      <legend>Roles of the day</legend>
      {proposed ? (
        <p className={styles.hint}>
          Proposed for fairness: whoever in the room has served least recently in each role.
        </p>
      ) : null}
      <div className={styles.roleFields}>
        {ROLE_NAMES.map((role) => (
          <label key={role} className={fields.field}>
            {ROLE_WORDS[role].label}
            <select
              value={value[role] ?? ''}
              title={ROLE_WORDS[role].hint}
              onChange={(event) => onChoose(role, event.target.value || null)}
            >
              <option value="">No one</option>
              <PersonOptions people={people} />
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
