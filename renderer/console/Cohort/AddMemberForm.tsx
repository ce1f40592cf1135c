import { useState } from 'react';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './cohort.module.css';

export function AddMemberForm({ cohortId, onAdded }: { cohortId: string; onAdded: () => void }) {
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string>();

  const add = async () => {
    const result = await bridge.invoke('cohort.addMember', { cohortId, name, role });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setName('');
    setRole('');
    setError(undefined);
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
        <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className={fields.field}>
        Role
        <input
          value={role}
          maxLength={200}
          placeholder="optional"
          onChange={(event) => setRole(event.target.value)}
        />
      </label>
      <button type="submit" className={buttons.primary} disabled={!name.trim()}>
        Add member
      </button>
      {error ? (
        <p className={`${fields.error} ${styles.addMemberError}`} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
