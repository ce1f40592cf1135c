/**
 * Setting up a session: its title and date, the protocol it runs and for how many cases (its agenda
 * becomes the session's), who is in the room in seating order (the speaker queue goes around in
 * it), guests, and the roles of the day, proposed by fairness (who served least recently).
 */
import { useMemo, useState } from 'react';
import { suggestRoles, type ChosenRoles } from '../../../shared/cohort/rotation.ts';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { agendaChoices, defaultChoiceId } from '../../../shared/protocols/choice.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { todayIso } from '../../ui/format/dates.ts';
import { navigate } from '../Shell/route.ts';
import { GuestList } from './Setup/GuestList.tsx';
import { caseCount, ProtocolPicker } from './Setup/ProtocolPicker.tsx';
import { RolesPicker } from './Setup/RolesPicker.tsx';
import { SeatingList, type Seat } from './Setup/SeatingList.tsx';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './Setup/setup.module.css';

interface Props {
  cohortId: string;
  cohort: Cohort;
  open: boolean;
  onClose: () => void;
}

export function StartSessionDialog({ cohortId, cohort, open, onClose }: Props) {
  const members = useMemo(() => cohort.members.filter((member) => !member.archived), [cohort]);
  const choices = useMemo(() => agendaChoices(cohort), [cohort]);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso);
  const [protocolId, setProtocolId] = useState(() => defaultChoiceId(cohort));
  const [cases, setCases] = useState('1');
  const [order, setOrder] = useState(() => members.map((member) => member.id));
  const [absent, setAbsent] = useState<ReadonlySet<string>>(new Set());
  const [excused, setExcused] = useState<ReadonlySet<string>>(new Set());
  const [guests, setGuests] = useState<string[]>([]);
  // Roles picked by hand stay; the others follow attendance, by who served least recently.
  const [chosenRoles, setChosenRoles] = useState<ChosenRoles>({});
  const create = useCommand('session.create');

  // Members added or removed while the dialog is open keep their place at the end.
  const byId = new Map(members.map((member) => [member.id, member]));
  const seatIds = [
    ...order.filter((id) => byId.has(id)),
    ...members.filter((m) => !order.includes(m.id)).map((m) => m.id),
  ];
  const seats: Seat[] = seatIds.map((id) => ({
    id,
    name: byId.get(id)!.name,
    present: !absent.has(id),
    excused: absent.has(id) && excused.has(id),
  }));
  const attending = seats.filter((seat) => seat.present);
  const attendingIds = attending.map((seat) => seat.id).join(' ');
  const roles = useMemo(
    () => suggestRoles(cohort, attendingIds.split(' ').filter(Boolean), chosenRoles),
    [cohort, attendingIds, chosenRoles],
  );

  const togglePresent = (id: string) => {
    const next = new Set(absent);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      // Someone not in the room holds no role today: a role chosen for them is proposed again.
      setChosenRoles(
        Object.fromEntries(
          Object.entries(chosenRoles).filter(([, holder]) => holder !== id),
        ) as ChosenRoles,
      );
    }
    setAbsent(next);
  };

  const toggleExcused = (id: string) => {
    const next = new Set(excused);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExcused(next);
  };

  const start = async () => {
    const result = await create.run({
      cohortId,
      date,
      ...(title.trim() ? { title: title.trim() } : {}),
      protocolId,
      cases: caseCount(cases),
      attendance: attending.map((seat) => seat.id),
      excused: seats.filter((seat) => seat.excused).map((seat) => seat.id),
      guests,
      roles,
    });
    if (!result.ok) return;
    onClose();
    navigate({ screen: 'live', cohortId, sessionId: result.value.id });
  };

  return (
    <Dialog
      open={open}
      title="Start a session"
      lead="Choose the protocol, tick who is in the room and set the seating: the speaker queue goes around in this order."
      onClose={onClose}
      onSubmit={() => void start()}
      error={create.error?.message}
      submitLabel="Start session"
      submitDisabled={!date || create.busy}
    >
      <div className={styles.setup}>
        <div className={styles.setupColumn}>
          <div className={styles.setupPair}>
            <label className={fields.field}>
              Title (optional)
              <input
                value={title}
                maxLength={MAX_LENGTH.title}
                placeholder={`Session ${cohort.sessions.length + 1}`}
                onChange={(event) => setTitle(event.target.value)}
              />
            </label>
            <label className={fields.field}>
              Date
              <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
            </label>
          </div>
          <ProtocolPicker
            choices={choices}
            value={protocolId}
            cases={cases}
            onChange={setProtocolId}
            onCasesChange={setCases}
          />
        </div>
        <div className={styles.setupColumn}>
          <fieldset className={styles.seatingGroup}>
            <legend>Attendance and seating</legend>
            {members.length === 0 ? (
              <p className={panels.empty}>Add members to the cohort first, or invite guests.</p>
            ) : (
              <SeatingList
                seats={seats}
                onMove={setOrder}
                onTogglePresent={togglePresent}
                onToggleExcused={toggleExcused}
              />
            )}
            <GuestList guests={guests} onChange={setGuests} />
          </fieldset>
          <RolesPicker
            people={attending}
            value={roles}
            chosen={chosenRoles}
            onChoose={(role, holder) => setChosenRoles({ ...chosenRoles, [role]: holder })}
          />
        </div>
      </div>
    </Dialog>
  );
}
