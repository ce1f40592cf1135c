/**
 * One segment of the agenda rail: go to it; on hover, move it up or down, edit its title, planned
 * minutes and the cue the room reads, skip or restore it, and remove it when it is a custom segment
 * not yet run.
 */
import { useState } from 'react';
import { ArrowDown, ArrowUp, Check, Pencil, RotateCcw, SkipForward, X } from 'lucide-react';
import type { SegmentSchedule } from '../../../shared/live/agenda.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

const minutes = (ms: number) => Math.round(ms / 60_000);

export function AgendaItem({
  segment,
  index,
  count,
}: {
  segment: SegmentSchedule;
  index: number;
  count: number;
}) {
  const send = useLiveSend();
  const [editing, setEditing] = useState(false);
  const visited = useLive(
    (state) => state.agenda.segments.find((s) => s.id === segment.id)?.visited ?? false,
  );
  const removable = segment.phase === 'custom' && !visited && segment.status !== 'current';
  const move = (toIndex: number) =>
    void send({ type: 'agenda.move', segmentId: segment.id, toIndex });

  if (editing) return <AgendaEditForm segment={segment} onDone={() => setEditing(false)} />;
  return (
    <li className={styles.agendaItem} data-status={segment.status}>
      <button
        type="button"
        className={styles.agendaGo}
        aria-current={segment.status === 'current' ? 'step' : undefined}
        onClick={() => void send({ type: 'agenda.goto', segmentId: segment.id })}
      >
        <span className={styles.agendaTitle}>
          {segment.status === 'done' ? <Check size={13} className={styles.agendaDone} /> : null}
          {segment.title}
        </span>
        <span className={styles.agendaTime}>
          {segment.elapsedMs > 0 ? `${minutes(segment.elapsedMs)} / ` : ''}
          {minutes(segment.plannedMs)} min
        </span>
      </button>
      <span className={styles.agendaToolsRow} role="group" aria-label={`${segment.title} tools`}>
        <button
          type="button"
          className={buttons.icon}
          aria-label={`Move ${segment.title} up`}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          <ArrowUp size={14} />
        </button>
        <button
          type="button"
          className={buttons.icon}
          aria-label={`Move ${segment.title} down`}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          <ArrowDown size={14} />
        </button>
        <button
          type="button"
          className={buttons.icon}
          aria-label={`Edit ${segment.title}`}
          onClick={() => setEditing(true)}
        >
          <Pencil size={13} />
        </button>
        {segment.status !== 'current' && segment.status !== 'done' ? (
          <button
            type="button"
            className={buttons.icon}
            aria-label={
              segment.status === 'skipped' ? `Restore ${segment.title}` : `Skip ${segment.title}`
            }
            onClick={() =>
              void send({
                type: 'agenda.skip',
                segmentId: segment.id,
                skipped: segment.status !== 'skipped',
              })
            }
          >
            {segment.status === 'skipped' ? <RotateCcw size={14} /> : <SkipForward size={14} />}
          </button>
        ) : null}
        {removable ? (
          <button
            type="button"
            className={buttons.icon}
            aria-label={`Remove ${segment.title}`}
            onClick={() => void send({ type: 'agenda.remove', segmentId: segment.id })}
          >
            <X size={14} />
          </button>
        ) : null}
      </span>
    </li>
  );
}

function AgendaEditForm({ segment, onDone }: { segment: SegmentSchedule; onDone: () => void }) {
  const send = useLiveSend();
  const savedCue = useLive(
    (state) => state.agenda.segments.find((s) => s.id === segment.id)?.cue ?? '',
  );
  const [title, setTitle] = useState(segment.title);
  const [cue, setCue] = useState(savedCue);
  const [planned, setPlanned] = useState(String(segment.plannedMs / 60_000));
  const plannedMinutes = Number(planned);
  const valid =
    title.trim() !== '' && planned !== '' && plannedMinutes >= 0 && plannedMinutes <= 600;
  return (
    <li className={styles.agendaItem}>
      <form
        className={styles.agendaEdit}
        aria-label={`Edit ${segment.title}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          void send({
            type: 'agenda.edit',
            segmentId: segment.id,
            title,
            plannedMinutes,
            cue,
          }).then((ok) => ok && onDone());
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      >
        <input
          autoFocus
          aria-label="Title"
          value={title}
          maxLength={MAX_LENGTH.title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <input
          type="number"
          aria-label="Planned minutes"
          min={0}
          max={600}
          value={planned}
          onChange={(event) => setPlanned(event.target.value)}
        />
        <input
          className={styles.agendaEditCue}
          aria-label="Cue for the room"
          placeholder="Cue for the room"
          value={cue}
          maxLength={MAX_LENGTH.cue}
          onChange={(event) => setCue(event.target.value)}
        />
        <span className={styles.agendaEditActions}>
          <button type="button" className={`${buttons.quiet} ${buttons.small}`} onClick={onDone}>
            Cancel
          </button>
          <button type="submit" className={`${buttons.primary} ${buttons.small}`} disabled={!valid}>
            Save
          </button>
        </span>
      </form>
    </li>
  );
}
