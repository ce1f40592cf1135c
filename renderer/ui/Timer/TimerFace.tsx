/**
 * A timer's digits, word and bar. React renders it when the timer's data changes; between those
 * renders only this component's text and bar are repainted, once per animation frame.
 */
import { useLayoutEffect, useRef } from 'react';
import { viewTimer, type Timer, type TimerView } from '../../../shared/live/timer.ts';
import { hostClockFrozen, hostNow } from '../clock/hostClock.ts';
import { formatClock } from '../format/clock.ts';
import { playChime } from './chime.ts';
import { useAnimationFrame } from './useAnimationFrame.ts';
import './timer.css';

interface Props {
  timer: Timer;
  label: string;
  size?: 'compact' | 'large' | 'projected';
  /** Chime and flash when the time runs out (the presenter does; a second console need not). */
  announceEnd?: boolean;
}

export function TimerFace({ timer, label, size = 'large', announceEnd = false }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const digits = useRef<HTMLSpanElement>(null);
  const word = useRef<HTMLSpanElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const lastRemaining = useRef<number | null>(null);

  const paint = (view: TimerView) => {
    const text = formatClock(view.displayMs);
    if (digits.current && digits.current.textContent !== text) digits.current.textContent = text;
    if (word.current && word.current.textContent !== view.word)
      word.current.textContent = view.word;
    if (root.current) {
      root.current.dataset.state = view.state;
      root.current.dataset.run = view.run;
      // Offline: the time stands where it was when the connection dropped, and looks it.
      if (hostClockFrozen()) root.current.dataset.frozen = '';
      else delete root.current.dataset.frozen;
    }
    if (bar.current) bar.current.style.transform = `scaleX(${1 - view.progress})`;
    const previous = lastRemaining.current;
    if (
      announceEnd &&
      view.run === 'running' &&
      previous !== null &&
      previous > 0 &&
      view.remainingMs <= 0
    ) {
      playChime();
      root.current?.classList.remove('timer--flash');
      void root.current?.offsetWidth;
      root.current?.classList.add('timer--flash');
    }
    lastRemaining.current = view.run === 'running' ? view.remainingMs : null;
  };

  useAnimationFrame(() => paint(viewTimer(timer, hostNow())));
  // New timer data is painted at once, not at the next frame (which a hidden window may never get).
  useLayoutEffect(() => paint(viewTimer(timer, hostNow())));
  const initial = viewTimer(timer, hostNow());

  return (
    <div
      ref={root}
      className={`timer timer--${size}`}
      role="timer"
      aria-label={label}
      data-state={initial.state}
      data-run={initial.run}
    >
      <span className="timer__label" aria-hidden="true">
        {label}
      </span>
      <span ref={digits} className="timer__digits">
        {formatClock(initial.displayMs)}
      </span>
      <span ref={word} className="timer__word">
        {initial.word}
      </span>
      <span className="timer__track" aria-hidden="true">
        <span
          ref={bar}
          className="timer__bar"
          style={{ transform: `scaleX(${1 - initial.progress})` }}
        />
      </span>
    </div>
  );
}
