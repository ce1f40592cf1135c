import { useState } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';

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
      <ErrorLine message={addMember.error?.message} className="field__error add-member__error" />
    </form>
  );
}
