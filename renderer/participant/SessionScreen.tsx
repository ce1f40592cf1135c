/**
 * Taking part from a phone: what the room sees (the step, its cue, the question, who has the
 * floor, the timers) and what this participant can do now, which follows the step: raise a hand,
 * write a challenge or pass, vote in secret, report progress on their commitments, write in their
 * journal. The charter is one tap away.
 */
import type { ParticipantView } from '../../shared/participants/participantViewSchema.ts';
import { TimerFace } from '../ui/Timer/TimerFace.tsx';
import {
  ChallengeCard,
  HandCard,
  JournalCard,
  ProgressCards,
  RecommendCard,
  VoteCard,
} from './ActionCards.tsx';
import type { PhoneLink } from './phoneLink.ts';

interface Props {
  link: PhoneLink;
  view: ParticipantView | null;
  connected: boolean;
  onView: (view: ParticipantView) => void;
}

export function SessionScreen({ link, view, connected, onView }: Props) {
  if (!view)
    return (
      <main className="phone">
        <p className="phone-quiet">Connecting to the room…</p>
      </main>
    );
  const { room } = view;
  return (
    <main className="phone">
      <header className="phone-header">
        <p className="phone-subtitle">
          {view.cohort} · {view.title}
        </p>
        <p className="phone-me">
          You: <strong>{view.name}</strong>
        </p>
        {connected ? null : (
          <p className="phone-offline" role="status">
            Reconnecting… what you typed stays here.
          </p>
        )}
      </header>
      {view.status === 'pending' ? (
        <section className="phone-card" aria-label="Waiting">
          <h1 className="phone-title">Waiting to be let in</h1>
          <p>The facilitator will let you in from the console in a moment.</p>
        </section>
      ) : (
        <>
          <section className="phone-card phone-room" aria-label="In the room">
            {room.segment ? (
              <>
                <h1 className="phone-title">{room.segment.title}</h1>
                {room.segment.cue ? <p className="phone-cue">{room.segment.cue}</p> : null}
              </>
            ) : (
              <h1 className="phone-title">
                {room.screen === 'break' ? 'On a break' : 'The session starts soon'}
              </h1>
            )}
            {room.message ? <p className="phone-question">{room.message}</p> : null}
            {room.question ? (
              <figure className="phone-question-box">
                <figcaption className="phone-quiet">{room.question.category}</figcaption>
                <p className="phone-question">{room.question.text}</p>
              </figure>
            ) : null}
            {room.floor ? (
              <p className="phone-floor">
                Speaking: <strong>{room.floor}</strong>
              </p>
            ) : null}
            {room.timers ? (
              <div className="phone-timers">
                <TimerFace timer={room.timers.segment} label="Step" size="compact" />
                {room.timers.turn ? (
                  <TimerFace timer={room.timers.turn} label="Turn" size="compact" />
                ) : null}
              </div>
            ) : null}
          </section>
          <HandCard link={link} view={view} onView={onView} />
          <ChallengeCard link={link} view={view} onView={onView} />
          <VoteCard link={link} view={view} onView={onView} />
          <RecommendCard link={link} view={view} onView={onView} />
          <ProgressCards link={link} view={view} onView={onView} />
          <JournalCard link={link} view={view} onView={onView} />
        </>
      )}
      <details className="phone-card phone-charter">
        <summary>The cohort’s charter</summary>
        {view.charter.mission ? <p>{view.charter.mission}</p> : null}
        {view.charter.codeOfConduct.length > 0 ? (
          <ul aria-label="Code of conduct">
            {view.charter.codeOfConduct.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        ) : null}
      </details>
    </main>
  );
}
