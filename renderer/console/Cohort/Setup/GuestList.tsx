/** Guests joining this session only: added by name, seated after the members. */
import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { MAX_LENGTH } from '../../../../shared/vocabulary/limits.ts';
import buttons from '../../../ui/Button/Button.module.css';
import fields from '../../../ui/Field/Field.module.css';
import styles from './setup.module.css';

interface Props {
  guests: readonly string[];
  onChange: (guests: string[]) => void;
}

export function GuestList({ guests, onChange }: Props) {
  const [name, setName] = useState('');
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    onChange([...guests, trimmed]);
    setName('');
  };
  return (
    <div className={styles.guests}>
      <div className={styles.guestAdd}>
        <label className={fields.field}>
          Guest’s name
          <input
            value={name}
            maxLength={MAX_LENGTH.personName}
            placeholder="Joining this session only"
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds the guest rather than starting the session.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
        </label>
        <button type="button" className={buttons.button} disabled={!name.trim()} onClick={add}>
          <Plus size={15} />
          Add guest
        </button>
      </div>
      {guests.length > 0 ? (
        <ul className={fields.chipList} aria-label="Guests">
          {guests.map((guest, index) => (
            <li key={`${index}-${guest}`} className={styles.guest}>
              {guest}
              <button
                type="button"
                className={buttons.icon}
                aria-label={`Remove ${guest}`}
                onClick={() => onChange(guests.filter((_, i) => i !== index))}
              >
                <X size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
