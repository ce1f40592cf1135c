/**
 * What a participant can do from their phone, one card per action, each shown only while it is
 * open. A refusal comes back in words on the card; what was typed is kept (across a reload too)
 * until it is sent.
 */
import { startTransition, useOptimistic, useState, type ReactNode } from 'react';
import type { RequestInput } from '../../shared/contract/requests.ts';
import type { ParticipantView } from '../../shared/participants/participantViewSchema.ts';
import { JOURNAL_PROMPTS } from '../../shared/vocabulary/journalPrompts.ts';
import { MAX_LENGTH } from '../../shared/vocabulary/limits.ts';
import type { PhoneLink } from './phoneLink.ts';
import { useDraft } from './useDraft.ts';

interface CardProps {
  link: PhoneLink;
  view: ParticipantView;
  onView: (view: ParticipantView) => void;
}

type Action =
  | 'participant.recommend'
  | 'participant.hand'
  | 'participant.challenge'
  | 'participant.vote'
  | 'participant.progress'
  | 'participant.journal';

/** Sends one action; answers whether it went through, and keeps the refusal's words. */
function useAct({ link, onView }: Pick<CardProps, 'link' | 'onView'>) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async <K extends Action>(name: K, input: RequestInput<K>): Promise<boolean> => {
    setBusy(true);
    const result = await link.bridge.invoke(name, input);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return false;
    }
    setProblem(null);
    onView(result.value as ParticipantView);
    return true;
  };
  return { act, busy, problem };
}

function Card({
  label,
  children,
  problem,
}: {
  label: string;
  children: ReactNode;
  problem: string | null;
}) {
  return (
    <section className="phone-card" aria-label={label}>
      <h2 className="phone-heading">{label}</h2>
      {children}
      {problem ? (
        <p className="phone-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** "Thu, 12 Nov" for 2026-11-12, in the phone's language. */
const dueDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });

const ordinal = (n: number) => (n === 1 ? 'next' : `number ${n} in line`);

export function HandCard(props: CardProps) {
  const { hand } = props.view;
  const { act, busy, problem } = useAct(props);
  if (!hand.open && !hand.speaking) return null;
  return (
    <Card label="Your hand" problem={problem}>
      {hand.speaking ? (
        <p className="phone-strong">You have the floor.</p>
      ) : (
        <>
          <p aria-live="polite">
            {hand.raised && hand.place ? `Hand up: you are ${ordinal(hand.place)}.` : 'Hand down.'}
          </p>
          <button
            type="button"
            className={`phone-button ${hand.raised ? '' : 'phone-button--primary'}`}
            aria-pressed={hand.raised}
            disabled={busy}
            onClick={() => void act('participant.hand', { raised: !hand.raised })}
          >
            {hand.raised ? 'Lower my hand' : 'Raise my hand'}
          </button>
        </>
      )}
    </Card>
  );
}

export function ChallengeCard(props: CardProps) {
  const { challenge } = props.view;
  const { act, busy, problem } = useAct(props);
  const [text, setText, clear] = useDraft('challenge');
  const [editing, setEditing] = useState(false);
  if (!challenge.open) return null;
  if (challenge.written && !editing)
    return (
      <Card label="Your challenge" problem={problem}>
        <p>{challenge.passed ? 'You passed this time.' : `Sent: “${challenge.text}”`}</p>
        <p className="phone-quiet">The room sees it when the facilitator reveals them all.</p>
        <button type="button" className="phone-button" onClick={() => setEditing(true)}>
          Change it
        </button>
      </Card>
    );
  return (
    <Card label="Your challenge" problem={problem}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act('participant.challenge', { text }).then((sent) => {
            if (!sent) return;
            clear();
            setEditing(false);
          });
        }}
      >
        <label className="phone-field">
          Something complex, that affects others and takes your energy
          <textarea
            value={text}
            rows={4}
            maxLength={MAX_LENGTH.challenge}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <div className="phone-row">
          <button
            type="submit"
            className="phone-button phone-button--primary"
            disabled={busy || !text.trim()}
          >
            Send my challenge
          </button>
          <button
            type="button"
            className="phone-button"
            disabled={busy}
            onClick={() =>
              void act('participant.challenge', { pass: true }).then(
                (sent) => sent && setEditing(false),
              )
            }
          >
            Pass
          </button>
        </div>
      </form>
    </Card>
  );
}

export function VoteCard(props: CardProps) {
  const { vote } = props.view;
  const { act, busy, problem } = useAct(props);
  // The tap shows at once; the host's answer confirms it (or the refusal puts it back).
  const [mine, chooseNow] = useOptimistic(vote.mine);
  const choose = (challengeId: string | null) =>
    startTransition(async () => {
      chooseNow(challengeId);
      await act('participant.vote', { challengeId });
    });
  if (!vote.open) return null;
  return (
    <Card label="Your vote" problem={problem}>
      <p className="phone-quiet">One vote, in secret. You can change it until the vote closes.</p>
      <fieldset className="phone-options">
        <legend className="phone-sr">Which challenge should the group work on?</legend>
        {vote.options.map((option) => (
          <label key={option.id} className="phone-option">
            <input
              type="radio"
              name="vote"
              checked={mine === option.id}
              onChange={() => choose(option.id)}
            />
            {option.text}
          </label>
        ))}
      </fieldset>
      {mine ? (
        <button type="button" className="phone-button" disabled={busy} onClick={() => choose(null)}>
          Withdraw my vote
        </button>
      ) : null}
    </Card>
  );
}

export function RecommendCard(props: CardProps) {
  const { recommend } = props.view;
  const { act, busy, problem } = useAct(props);
  const [text, setText, clear] = useDraft('recommendation');
  if (!recommend.open) return null;
  return (
    <Card label="Your recommendation" problem={problem}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act('participant.recommend', { text }).then((sent) => sent && clear());
        }}
      >
        <label className="phone-field">
          What would you try in their place?
          <textarea
            value={text}
            rows={3}
            maxLength={MAX_LENGTH.note}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="phone-button phone-button--primary"
          disabled={busy || !text.trim()}
        >
          Offer it
        </button>
      </form>
      {recommend.waiting.length > 0 ? (
        <ul className="phone-waiting" aria-label="Offered, waiting for the facilitator">
          {recommend.waiting.map((offer, index) => (
            <li key={index}>{offer}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function ProgressForm({
  commitment,
  ...props
}: CardProps & { commitment: ParticipantView['commitments'][number] }) {
  const { act, busy, problem } = useAct(props);
  const [accomplished, setAccomplished, clearA] = useDraft(`progress:${commitment.id}:a`);
  const [remaining, setRemaining, clearR] = useDraft(`progress:${commitment.id}:r`);
  const [blockers, setBlockers, clearB] = useDraft(`progress:${commitment.id}:b`);
  const [helpAsked, setHelpAsked] = useState(false);
  const [sent, setSent] = useState(false);
  const field = (label: string, value: string, set: (v: string) => void) => (
    <label className="phone-field">
      {label}
      <textarea
        value={value}
        rows={2}
        maxLength={MAX_LENGTH.progress}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
  return (
    <Card label={commitment.text} problem={problem}>
      <p className="phone-quiet">
        Due {dueDay(commitment.dueDate)}
        {commitment.lastUpdate ? ` · last update: ${commitment.lastUpdate}` : ''}
      </p>
      {sent ? <p role="status">Sent: it comes up at your turn in check-in.</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act('participant.progress', {
            commitmentId: commitment.id,
            accomplished,
            remaining,
            blockers,
            helpAsked: helpAsked && blockers.trim() !== '',
          }).then((ok) => {
            if (!ok) return;
            clearA();
            clearR();
            clearB();
            setHelpAsked(false);
            setSent(true);
          });
        }}
      >
        {field('Accomplished', accomplished, setAccomplished)}
        {field('Remaining', remaining, setRemaining)}
        {field('Blockers', blockers, setBlockers)}
        <label className="phone-check">
          <input
            type="checkbox"
            checked={helpAsked}
            disabled={!blockers.trim()}
            onChange={(event) => setHelpAsked(event.target.checked)}
          />
          Ask the cohort for help with the blockers
        </label>
        <button
          type="submit"
          className="phone-button phone-button--primary"
          disabled={busy || (!accomplished.trim() && !remaining.trim() && !blockers.trim())}
        >
          Send my update
        </button>
      </form>
    </Card>
  );
}

export function ProgressCards(props: CardProps) {
  if (!props.view.progressOpen || props.view.commitments.length === 0) return null;
  return (
    <section aria-label="Your commitments" className="phone-stack">
      <h2 className="phone-heading">Your commitments: how did it go?</h2>
      {props.view.commitments.map((commitment) => (
        <ProgressForm key={commitment.id} commitment={commitment} {...props} />
      ))}
    </section>
  );
}

export function JournalCard(props: CardProps) {
  const { act, busy, problem } = useAct(props);
  const [prompt, setPrompt] = useState<string>(JOURNAL_PROMPTS[0]);
  const [text, setText, clear] = useDraft('journal');
  const [shareable, setShareable] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!props.view.journalOpen) return null;
  return (
    <Card label="Your learning journal" problem={problem}>
      <p className="phone-quiet">
        Private: only you and the cohort’s file hold it, unless you mark it shareable.
      </p>
      {saved ? <p role="status">Saved in your journal.</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act('participant.journal', { prompt, text, shareable }).then((ok) => {
            if (!ok) return;
            clear();
            setShareable(false);
            setSaved(true);
          });
        }}
      >
        <label className="phone-field">
          Prompt
          <select value={prompt} onChange={(event) => setPrompt(event.target.value)}>
            {JOURNAL_PROMPTS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="phone-field">
          {prompt}
          <textarea
            value={text}
            rows={5}
            maxLength={MAX_LENGTH.journalEntry}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="phone-check">
          <input
            type="checkbox"
            checked={shareable}
            onChange={(event) => setShareable(event.target.checked)}
          />
          Shareable: may appear in the session’s report
        </label>
        <button
          type="submit"
          className="phone-button phone-button--primary"
          disabled={busy || !text.trim()}
        >
          Save in my journal
        </button>
      </form>
    </Card>
  );
}
