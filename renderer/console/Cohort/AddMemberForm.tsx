import { useState } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import buttons from '../../ui/Button/Button.module.css';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import fields from '../../ui/Field/Field.module.css';
import styles from './cohort.module.css';

export function AddMemberForm({ cohortId, onAdded }: { cohortId: string; onAdded: () => void }) {
  const addMember = useCommand('member.add');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');

  const add = async () => {
    const result = await addMember.run({ cohortId, name, role });
    if (!result.ok) return;
    setName('');
    setRole('');
    onAdded();
  };

  return (
    <form
      className={styles.addMember}
      aria-label="Add a member"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label className={fields.field}>
        Name
        <input
          value={name}
          maxLength={MAX_LENGTH.personName}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className={fields.field}>
        Role
        <input
          value={role}
          maxLength={MAX_LENGTH.role}
          placeholder="optional"
          onChange={(event) => setRole(event.target.value)}
        />
      </label>
      <button type="submit" className={buttons.primary} disabled={!name.trim()}>
        Add member
      </button>
      <ErrorLine
        message={addMember.error?.message}
        className={`${fields.error} ${styles.addMemberError}`}
      />
    </form>
  );
}
