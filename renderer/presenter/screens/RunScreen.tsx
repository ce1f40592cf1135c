/**
 * The running session: the segment, the shown question, who speaks, who is next, the timers.
 * Loaded apart from the presenter's first screen (it carries the timers and the motion).
 */
import { AnimatePresence, m } from 'framer-motion';
import type { RoomRun } from '../../../shared/room/roomView.ts';
import { MotionFeatures } from '../../ui/motion/MotionFeatures.tsx';
import { fadeSwap } from '../../ui/motion/presets.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';

export default function RunScreen({ run }: { run: RoomRun }) {
  const { segment, question, floor, next, timers } = run;
  return (
    <MotionFeatures>
      <main className="presenter" aria-label="Presenter">
        <header className="presenter__top">
          <p className="presenter__segment">{segment?.title ?? 'Welcome'}</p>
          {timers.segment ? (
            <TimerFace timer={timers.segment} label="Segment" size="compact" />
          ) : null}
        </header>

        <section className="presenter__centre" aria-live="polite">
          <AnimatePresence mode="wait">
            {question ? (
              <m.div key={question.text} className="presenter__question" {...fadeSwap}>
                <p className="presenter__category">{question.category}</p>
                <h1 className="presenter__text">{question.text}</h1>
              </m.div>
            ) : (
              <m.div
                key={`segment-${segment?.title ?? 'none'}`}
                className="presenter__question"
                {...fadeSwap}
              >
                <h1 className="presenter__text presenter__text--quiet">
                  {segment?.title ?? 'Welcome'}
                </h1>
              </m.div>
            )}
          </AnimatePresence>
        </section>

        <footer className="presenter__bottom">
          <div className="presenter__speaker">
            {floor ? (
              <>
                <p className="presenter__label">Speaking</p>
                <p className="presenter__name">{floor.name}</p>
              </>
            ) : null}
            {next.length > 0 ? <p className="presenter__next">Next: {next.join(', ')}</p> : null}
          </div>
          <TimerFace timer={timers.turn} label="Turn" size="projected" announceEnd />
        </footer>
      </main>
    </MotionFeatures>
  );
}
