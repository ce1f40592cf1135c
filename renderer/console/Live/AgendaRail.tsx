/**
 * The session's agenda down the side: where we are, how long each segment took against its plan,
 * and the segment timer. Segments can be edited, moved, skipped, added, removed and saved as the
 * cohort's template.
 */
import { useEffect, useState } from 'react';
import { ArrowLeft, ArrowRight, Plus } from 'lucide-react';
import { agendaSchedule, currentSegment } from '../../../shared/live/selectors.ts';
import { hostNow } from '../../ui/clock/hostClock.ts';
import { formatDrift } from '../../ui/format/clock.ts';
import { AgendaItem } from './AgendaItem.tsx';
import { ActionButton } from './ActionButton.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { LiveTimerFace } from './LiveTimerFace.tsx';
import { TimerControls } from './TimerControls.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

export function AgendaRail() {
  const send = useLiveSend();
  const agenda = useLive((state) => state.agenda);
  const current = useLive(currentSegment);
  const [now, setNow] = useState(hostNow);
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [planned, setPlanned] = useState('10');
  useEffect(() => {
    const id = setInterval(() => setNow(hostNow()), 1000);
    return () => clearInterval(id);
  }, []);
  const plan = agendaSchedule({ agenda }, now);

  const add = async () => {
    const ok = await send({
      type: 'agenda.add',
      title,
      plannedMinutes: Number(planned) || 0,
      ...(current ? { afterId: current.id } : {}),
    });
    if (ok) {
      setTitle('');
      setAdding(false);
    }
  };

  return (
    <nav className={styles.agenda} aria-label="Agenda">
      <div className={styles.agendaHeader}>
        <h2 className={styles.livePanelTitle}>Agenda</h2>
        <span className={styles.agendaDrift} data-behind={plan.behindMs > 60_000 || undefined}>
          {formatDrift(plan.behindMs)}
        </span>
      </div>
      <ol className={styles.agendaList}>
        {plan.segments.map((segment, index) => (
          <AgendaItem
            key={segment.id}
            segment={segment}
            index={index}
            count={plan.segments.length}
          />
        ))}
      </ol>
      {adding ? (
        <form
          className={styles.agendaAdd}
          aria-label="Add a segment"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label className={fields.field}>
            Segment
            <input autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label className={fields.field}>
            Minutes
            <input
              type="number"
              min={0}
              max={600}
              value={planned}
              onChange={(event) => setPlanned(event.target.value)}
            />
          </label>
          <div className={styles.agendaAddActions}>
            <button
              type="button"
              className={`${buttons.quiet} ${buttons.small}`}
              onClick={() => setAdding(false)}
            >
              Cancel
            </button>
            <button
              type="submit"
              className={`${buttons.primary} ${buttons.small}`}
              disabled={!title.trim()}
            >
              Add
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.agendaTools}>
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            onClick={() => setAdding(true)}
          >
            <Plus size={14} />
            Add segment
          </button>
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            onClick={() => void send({ type: 'agenda.saveAsTemplate' })}
          >
            Save as template
          </button>
        </div>
      )}
      <div className={styles.agendaTimer}>
        <p className={styles.agendaNow}>{current ? current.title : 'Not started'}</p>
        <LiveTimerFace timer="segment" label="Segment timer" size="compact" />
        <div className={styles.agendaStep}>
          <ActionButton
            action="previous-segment"
            className={`${buttons.small} ${styles.agendaBack}`}
            aria-label="Previous segment"
          >
            <ArrowLeft size={16} />
          </ActionButton>
          <ActionButton action="next-segment" className={`${buttons.primary} ${buttons.small}`}>
            {current ? 'Next segment' : 'Begin session'}
            <ArrowRight size={16} />
          </ActionButton>
        </div>
        <TimerControls timer="segment" title="Segment timer" />
      </div>
    </nav>
  );
}
