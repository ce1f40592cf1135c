/** Starting a session: its date, who is in the room (in seating order) and any guests. */
import { useState } from 'react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { todayIso } from '../../ui/format/dates.ts';
import { navigate } from '../Shell/route.ts';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

interface Props {
  cohortId: string;
  cohort: Cohort;
  open: boolean;
  onClose: () => void;
}

export function StartSessionDialog({ cohortId, cohort, open, onClose }: Props) {
  const members = cohort.members.filter((member) => !member.archived);
  const [date, setDate] = useState(todayIso);
  const [absent, setAbsent] = useState<Set<string>>(new Set());
  const [guests, setGuests] = useState('');
  const create = useCommand('session.create');

  const start = async () => {
    const result = await create.run({
      cohortId,
      date,
      attendance: members.filter((m) => !absent.has(m.id)).map((m) => m.id),
      guests: guests
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    });
    if (!result.ok) return;
    onClose();
    navigate({ screen: 'live', cohortId, sessionId: result.value.id });
  };

  const toggle = (id: string) => {
    const next = new Set(absent);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setAbsent(next);
  };

  return (
    <Dialog
      open={open}
      title="Start a session"
      lead="Tick who is in the room. The speaker queue goes around in this order."
      onClose={onClose}
      onSubmit={() => void start()}
      error={create.error?.message}
      submitLabel="Start session"
      submitDisabled={!date || create.busy}
    >
      <label className={fields.field}>
        Date
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <fieldset className={styles.attendance}>
        <legend>Attendance</legend>
        {members.length === 0 ? (
          <p className={panels.empty}>Add members to the cohort first, or invite guests.</p>
        ) : null}
        {members.map((member) => (
          <label key={member.id} className={fields.toggle}>
            <input
              type="checkbox"
              checked={!absent.has(member.id)}
              onChange={() => toggle(member.id)}
            />
            {member.name}
          </label>
        ))}
      </fieldset>
      <label className={fields.field}>
        Guests
        <input
          value={guests}
          placeholder="Names, separated by commas"
          onChange={(event) => setGuests(event.target.value)}
        />
      </label>
    </Dialog>
  );
}
