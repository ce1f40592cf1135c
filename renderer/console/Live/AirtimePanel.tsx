/**
 * Airtime per person, so the silent voices are visible: who has not spoken yet, and how speaking
 * time is spread. Repainted once a second, not per frame: it is for glancing at.
 */
import { useEffect, useState } from 'react';
import { airtime } from '../../../shared/live/selectors.ts';
import { hostNow } from '../../ui/clock/hostClock.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import styles from './live.module.css';

function useSecondTick(): number {
  const [now, setNow] = useState(hostNow);
  useEffect(() => {
    const id = setInterval(() => setNow(hostNow()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function AirtimePanel() {
  const send = useLiveSend();
  const now = useSecondTick();
  // What airtime reads, not the rows themselves: those change with the clock, not the state.
  const people = useLive((state) => state.people);
  const queue = useLive((state) => state.queue);
  const rows = airtime({ people, queue }, now);
  const silent = rows.filter((row) => row.silent && !row.removed);
  const most = Math.max(1, ...rows.map((row) => row.speakingMs));

  return (
    <section className={styles.livePanel} aria-labelledby="airtime-heading">
      <h2 id="airtime-heading" className={styles.livePanelTitle}>
        Airtime
      </h2>
      <p className={styles.airtimeSilent} role="status">
        {silent.length === 0
          ? 'Everyone has spoken.'
          : `Not spoken yet: ${silent.map((row) => row.person.name).join(', ')}`}
      </p>
      <ul className={styles.airtime} aria-label="Airtime per person">
        {rows.map((row) => (
          <li
            key={row.person.id}
            className={styles.airtimeRow}
            data-speaking={row.speaking || undefined}
            data-silent={row.silent || undefined}
          >
            <button
              type="button"
              className={styles.airtimeName}
              aria-label={`Give the floor to ${row.person.name}`}
              onClick={() => void send({ type: 'queue.give', personId: row.person.id })}
            >
              {row.person.name}
            </button>
            <span className={styles.airtimeBar} aria-hidden="true">
              <span style={{ width: `${(row.speakingMs / most) * 100}%` }} />
            </span>
            <span className={styles.airtimeFigure}>
              {row.turns === 0 ? 'not yet' : `${formatDuration(row.speakingMs)} · ${row.turns}×`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
