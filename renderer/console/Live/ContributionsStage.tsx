/**
 * Recommendations and reflections: one contribution per person, captured as a note of that kind and
 * credited to whoever has the floor, listed as they come, with who has not contributed yet one click
 * from the floor.
 */
import { useState } from 'react';
import { challengeOwner, floor, personById } from '../../../shared/live/selectors.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { NOTE_KIND_WORDS, type NoteKind } from '../../../shared/vocabulary/noteKinds.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

type Kind = Extract<NoteKind, 'recommendation' | 'reflection'>;

const WORDS: Record<Kind, { waiting: string; empty: string }> = {
  recommendation: {
    waiting: 'Still to recommend',
    empty: 'No recommendations yet. Give someone the floor and type what they recommend.',
  },
  reflection: {
    waiting: 'Still to reflect',
    empty: 'No reflections yet. Give someone the floor and type what they say.',
  },
};

export function ContributionsStage({ kind }: { kind: Kind }) {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const words = {
    ...WORDS[kind],
    title: `${NOTE_KIND_WORDS[kind].heading} so far`,
    one: NOTE_KIND_WORDS[kind].label,
  };
  const speaking = useLive(floor);
  const owner = useLive(challengeOwner);
  const [text, setText] = useState('');
  const notes = useLive((state) => state.notes.filter((note) => note.kind === kind));
  const credited = new Set(notes.map((note) => note.attendeeId));
  // The owner listens to recommendations; everyone reflects.
  const waiting = people.filter(
    (person) => !credited.has(person.id) && !(kind === 'recommendation' && person.id === owner?.id),
  );

  const save = async (thenNext: boolean) => {
    const ok = await send({
      type: 'note.add',
      kind,
      text,
      ...(speaking ? { attendeeId: speaking.person.id } : {}),
    });
    if (!ok) return;
    setText('');
    if (thenNext) await send({ type: 'queue.next' });
  };

  return (
    <section className={styles.contributions} aria-label={words.title}>
      <form
        className={styles.contributionsForm}
        aria-label={`Add a ${words.one.toLowerCase()}`}
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <span className={styles.contributionsWho}>
          {speaking ? speaking.person.name : 'No speaker'}
        </span>
        <input
          aria-label={words.one}
          value={text}
          maxLength={MAX_LENGTH.note}
          placeholder={
            speaking ? `${words.one} by ${speaking.person.name}` : 'Type and press Enter'
          }
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className={buttons.small} disabled={!text.trim()}>
          Save
        </button>
        <button
          type="button"
          className={`${buttons.primary} ${buttons.small}`}
          disabled={!text.trim()}
          onClick={() => void save(true)}
        >
          Save, next speaker
        </button>
      </form>

      {kind === 'recommendation' ? <OfferedFromPhones /> : null}

      <h2 className={styles.livePanelTitle}>
        {words.title} <span className={panels.count}>{notes.length}</span>
      </h2>
      {notes.length === 0 ? (
        <p className={styles.livePanelEmpty}>{words.empty}</p>
      ) : (
        <ol className={styles.contributionsList} aria-label={words.title}>
          {notes.map((note) => (
            <li key={note.id} className={styles.contribution}>
              <span className={styles.contributionWho}>
                {personById({ people }, note.attendeeId)?.name ?? 'The group'}
              </span>
              <span>{note.text}</span>
            </li>
          ))}
        </ol>
      )}

      {waiting.length > 0 ? (
        <>
          <h2 className={styles.livePanelTitle}>{words.waiting}</h2>
          <ul className={fields.chipList} aria-label={words.waiting}>
            {waiting.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className={buttons.chip}
                  aria-label={`Give the floor to ${person.name}`}
                  aria-pressed={speaking?.person.id === person.id}
                  onClick={() => void send({ type: 'queue.give', personId: person.id })}
                >
                  {person.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Recommendations offered from phones: accepted into the notes in the offerer's name, or set aside. */
function OfferedFromPhones() {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const offers = useLive((state) => state.offers);
  if (offers.length === 0) return null;
  return (
    <>
      <h2 className={styles.livePanelTitle}>
        Offered from phones <span className={panels.count}>{offers.length}</span>
      </h2>
      <ul className={styles.contributionsList} aria-label="Offered from phones">
        {offers.map((offer) => {
          const name = personById({ people }, offer.attendeeId)?.name ?? 'Someone';
          return (
            <li key={offer.id} className={styles.contribution}>
              <span className={styles.contributionWho}>{name}</span>
              <span className={styles.offerText}>{offer.text}</span>
              <button
                type="button"
                className={`${buttons.primary} ${buttons.small}`}
                aria-label={`Accept ${name}’s recommendation`}
                onClick={() => void send({ type: 'note.acceptOffer', offerId: offer.id })}
              >
                Accept
              </button>
              <button
                type="button"
                className={`${buttons.quiet} ${buttons.small}`}
                aria-label={`Set aside ${name}’s recommendation`}
                onClick={() => void send({ type: 'note.dismissOffer', offerId: offer.id })}
              >
                Set aside
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
