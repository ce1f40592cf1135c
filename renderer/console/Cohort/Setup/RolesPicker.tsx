/**
 * The roles of the day (DOMAIN.md: facilitator, note-taker and data reporter rotate between
 * members): each a choice among the members attending, or no one.
 */
import type { RolesOfTheDay } from '../../../../shared/cohort/rotation.ts';
import { ROLE_WORDS, type RoleName } from '../../../../shared/vocabulary/roles.ts';
import { PersonOptions } from '../../../ui/Field/PersonOptions.tsx';
import fields from '../../../ui/Field/Field.module.css';
import styles from './setup.module.css';

interface Props {
  roles: readonly RoleName[];
  /** Members attending, in seating order. */
  people: readonly { id: string; name: string }[];
  value: RolesOfTheDay;
  /** Whether some choice came from the rotation, to say so. */
  suggested: boolean;
  onChange: (roles: RolesOfTheDay) => void;
}

export function RolesPicker({ roles, people, value, suggested, onChange }: Props) {
  return (
    <fieldset className={styles.roles}>
      <legend>Roles of the day</legend>
      {suggested ? (
        <p className={styles.hint}>Suggested: the next person in the rotation for each role.</p>
      ) : null}
      <div className={styles.roleFields}>
        {roles.map((role) => (
          <label key={role} className={fields.field}>
            {ROLE_WORDS[role].label}
            <select
              value={value[role] ?? ''}
              onChange={(event) => {
                const next = { ...value };
                if (event.target.value) next[role] = event.target.value;
                else delete next[role];
                onChange(next);
              }}
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
