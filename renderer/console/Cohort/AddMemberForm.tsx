import { useState } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';

export function AddMemberForm({ cohortId, onAdded }: { cohortId: string; onAdded: () => void }) {
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string>();

  const add = async () => {
    const result = await bridge.invoke('member.add', { cohortId, name, role });
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
      className="add-member"
      aria-label="Add a member"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label className="field">
        Name
        <input
          value={name}
          maxLength={MAX_LENGTH.personName}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        Role
        <input
          value={role}
          maxLength={MAX_LENGTH.role}
          placeholder="optional"
          onChange={(event) => setRole(event.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={!name.trim()}>
        Add member
      </button>
      {error ? (
        <p className="field__error add-member__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
