/** The projected view: the question, who speaks, and the time, readable from the back of the room. */
import { AnimatePresence, motion } from 'framer-motion';
import { currentSegment, floor, shownQuestion, upNext } from '../../shared/live/selectors.ts';
import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import { AppMark } from '../ui/AppMark/AppMark.tsx';
import { fadeSwap } from '../ui/motion/presets.ts';
import { TimerFace } from '../ui/Timer/TimerFace.tsx';
import { usePresentedSession } from './usePresentedSession.ts';
import './presenter.css';

export function PresenterApp() {
  const connection = useConnectionState();
  const snapshot = usePresentedSession();
  const state = snapshot?.state.status === 'running' ? snapshot.state : undefined;

  if (!state) {
    return (
      <main className="presenter-idle" aria-label="Presenter">
        <AppMark size={72} />
        <h1>Welcome</h1>
        <p>The session will begin shortly.</p>
        {connection !== 'open' ? <p className="presenter-idle__status">Connecting…</p> : null}
      </main>
    );
  }

  const segment = currentSegment(state);
  const question = shownQuestion(state);
  const speaking = floor(state);
  const next = upNext(state, 2);

  return (
    <main className="presenter" aria-label="Presenter">
      <header className="presenter__top">
        <p className="presenter__segment">{segment?.title ?? 'Welcome'}</p>
        {segment ? <TimerFace timer={state.timers.segment} label="Segment" size="compact" /> : null}
      </header>

      <section className="presenter__centre" aria-live="polite">
        <AnimatePresence mode="wait">
          {question ? (
            <motion.div key={question.question.id} className="presenter__question" {...fadeSwap}>
              <p className="presenter__category">{question.category.name}</p>
              <h1 className="presenter__text">{question.question.text}</h1>
            </motion.div>
          ) : (
            <motion.div
              key={`segment-${segment?.id ?? 'none'}`}
              className="presenter__question"
              {...fadeSwap}
            >
              <h1 className="presenter__text presenter__text--quiet">
                {segment?.title ?? 'Welcome'}
              </h1>
            </motion.div>
          )}
        </AnimatePresence>
      </section>

      <footer className="presenter__bottom">
        <div className="presenter__speaker">
          {speaking ? (
            <>
              <p className="presenter__label">Speaking</p>
              <p className="presenter__name">{speaking.person.name}</p>
            </>
          ) : null}
          {next.length > 0 ? (
            <p className="presenter__next">Next: {next.map((person) => person.name).join(', ')}</p>
          ) : null}
        </div>
        <TimerFace timer={state.timers.turn} label="Turn" size="projected" announceEnd />
      </footer>
    </main>
  );
}
