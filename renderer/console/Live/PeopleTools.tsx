/** Below the line: a guest who walks in mid-session, and a new round from someone chosen. */
import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { PersonOptions } from '../../ui/Field/PersonOptions.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

export function PeopleTools() {
  return (
    <div className={styles.peopleTools}>
      <GuestForm />
      <NewRoundForm />
    </div>
  );
}

function GuestForm() {
  const send = useLiveSend();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className={`${buttons.quiet} ${buttons.small}`}
        onClick={() => setOpen(true)}
      >
        <Plus size={14} />
        Add guest
      </button>
    );
  }
  return (
    <form
      className={styles.peopleToolsForm}
      aria-label="Add a guest"
      onSubmit={(event) => {
        event.preventDefault();
        void send({ type: 'people.addGuest', name }).then((ok) => {
          if (!ok) return;
          setName('');
          setOpen(false);
        });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <input
        autoFocus
        aria-label="Guest’s name"
        placeholder="Guest’s name"
        value={name}
        maxLength={MAX_LENGTH.personName}
        onChange={(event) => setName(event.target.value)}
      />
      <button
        type="submit"
        className={`${buttons.primary} ${buttons.small}`}
        disabled={!name.trim()}
      >
        Add guest
      </button>
      <button
        type="button"
        className={buttons.icon}
        aria-label="Cancel adding a guest"
        onClick={() => setOpen(false)}
      >
        <X size={14} />
      </button>
    </form>
  );
}

function NewRoundForm() {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const [fromId, setFromId] = useState('');
  const from = people.some((p) => p.id === fromId) ? fromId : (people[0]?.id ?? '');
  if (people.length === 0) return null;
  return (
    <form
      className={styles.peopleToolsForm}
      aria-label="New round"
      onSubmit={(event) => {
        event.preventDefault();
        void send({ type: 'queue.round', fromId: from });
      }}
    >
      <label className={styles.peopleToolsLabel}>
        New round from
        <select value={from} onChange={(event) => setFromId(event.target.value)}>
          <PersonOptions people={people} />
        </select>
      </label>
      <button
        type="submit"
        className={`${buttons.quiet} ${buttons.small}`}
        aria-label="Start a new round"
      >
        Start
      </button>
    </form>
  );
}
