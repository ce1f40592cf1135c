/**
 * The session's agenda down the side: where we are, how long each segment took against its plan,
 * and the segment timer. Segments can be edited, moved, skipped, added, removed and saved as the
 * cohort's template.
 */
import { useEffect, useState } from 'react';
import { agendaSchedule, currentSegment } from '../../../shared/live/selectors.ts';
import { hostNow } from '../../ui/clock/hostClock.ts';
import { formatDrift } from '../../ui/format/clock.ts';
import { AgendaItem } from './AgendaItem.tsx';
import { ActionButton } from './ActionButton.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { LiveTimerFace } from './LiveTimerFace.tsx';
import { TimerControls } from './TimerControls.tsx';

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
    <nav className="agenda" aria-label="Agenda">
      <div className="agenda__header">
        <h2 className="live-panel__title">Agenda</h2>
        <span className="agenda__drift" data-behind={plan.behindMs > 60_000 || undefined}>
          {formatDrift(plan.behindMs)}
        </span>
      </div>
      <ol className="agenda__list">
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
          className="agenda__add"
          aria-label="Add a segment"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label className="field">
            Segment
            <input autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label className="field">
            Minutes
            <input
              type="number"
              min={0}
              max={600}
              value={planned}
              onChange={(event) => setPlanned(event.target.value)}
            />
          </label>
          <div className="agenda__add-actions">
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setAdding(false)}
            >
              Cancel
            </button>
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={!title.trim()}
            >
              Add
            </button>
          </div>
        </form>
      ) : (
        <div className="agenda__tools">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setAdding(true)}
          >
            ＋ Segment
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void send({ type: 'agenda.saveAsTemplate' })}
          >
            Save as template
          </button>
        </div>
      )}
      <div className="agenda__timer">
        <p className="agenda__now">{current ? current.title : 'Not started'}</p>
        <LiveTimerFace timer="segment" label="Segment timer" size="compact" />
        <div className="agenda__step">
          <ActionButton
            action="previous-segment"
            className="button button--small agenda__back"
            aria-label="Previous segment"
          >
            ←
          </ActionButton>
          <ActionButton action="next-segment" className="button button--primary button--small">
            {current ? 'Next segment →' : 'Begin session →'}
          </ActionButton>
        </div>
        <TimerControls timer="segment" title="Segment timer" />
      </div>
    </nav>
  );
}
