/**
 * The group picks one challenge: a quick vote (ties broken by the facilitator) or a direct pick; the
 * facilitator can instead name the owner and the challenge (none written, or the next case).
 */
import { startTransition, useOptimistic } from 'react';
import { personById, voteTally } from '../../../shared/live/selectors.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { OwnerPicker } from './OwnerPicker.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

export function ChooseStage() {
  const send = useLiveSend();
  const challenges = useLive((state) => state.challenges);
  const people = useLive((state) => state.people);
  const tally = useLive(voteTally);
  const open = challenges.entries.filter((c) => !c.passed);
  const chosen = challenges.chosenId;
  const votes = (id: string) => tally.counts.find((row) => row.challengeId === id)?.votes ?? 0;
  const tie = tally.leaders.length > 1;
  // The box shows the click at once; the session's state confirms it (or puts it back).
  const [tallyShown, showTallyNow] = useOptimistic(challenges.tallyShown);

  if (open.length === 0) {
    return (
      <OwnerPicker lead="No challenges written yet. Say whose challenge the group works on, in a line." />
    );
  }
  return (
    <section aria-label="Choose a challenge">
      <label className={fields.toggle}>
        <input
          type="checkbox"
          checked={tallyShown}
          onChange={(event) => {
            const shown = event.target.checked;
            startTransition(async () => {
              showTallyNow(shown);
              await send({ type: 'challenge.showTally', shown });
            });
          }}
        />
        Show the tally on the room’s screen
      </label>
      <ul className={styles.choiceList}>
        {open.map((challenge) => {
          const owner = personById({ people }, challenge.attendeeId);
          return (
            <li
              key={challenge.id}
              className={styles.choice}
              data-chosen={challenge.id === chosen || undefined}
            >
              <div className={styles.choiceBody}>
                <p className={styles.choiceText}>{challenge.text}</p>
                <p className={styles.choiceOwner}>{owner?.name}</p>
              </div>
              <span className={styles.choiceVotes} aria-label={`${votes(challenge.id)} votes`}>
                {votes(challenge.id)}
              </span>
              {challenge.id === chosen ? (
                <span className={badges.badge}>Chosen</span>
              ) : (
                <button
                  type="button"
                  className={buttons.small}
                  aria-label={`Choose the challenge of ${owner?.name ?? 'this person'}`}
                  onClick={() => void send({ type: 'challenge.choose', challengeId: challenge.id })}
                >
                  Choose
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <table className={styles.voteTable}>
        <caption>Votes</caption>
        <tbody>
          {people.map((voter) => (
            <tr key={voter.id}>
              <th scope="row">{voter.name}</th>
              <td>
                <select
                  aria-label={`Vote of ${voter.name}`}
                  value={challenges.votes[voter.id] ?? ''}
                  onChange={(event) =>
                    void send({
                      type: 'challenge.vote',
                      voterId: voter.id,
                      challengeId: event.target.value || null,
                    })
                  }
                >
                  <option value="">No vote</option>
                  {open.map((challenge) => (
                    <option key={challenge.id} value={challenge.id}>
                      {personById({ people }, challenge.attendeeId)?.name}:{' '}
                      {challenge.text.slice(0, 60)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.stageActions}>
        {tie ? (
          <>
            <span>Tie between {tally.leaders.length} challenges. Break it:</span>
            {tally.leaders.map((id) => (
              <button
                key={id}
                type="button"
                className={buttons.small}
                onClick={() => void send({ type: 'challenge.closeVote', tieBreakId: id })}
              >
                {
                  personById(
                    { people },
                    challenges.entries.find((c) => c.id === id)?.attendeeId ?? null,
                  )?.name
                }
              </button>
            ))}
          </>
        ) : (
          <button
            type="button"
            className={buttons.primary}
            disabled={tally.leaders.length === 0 || Object.keys(challenges.votes).length === 0}
            onClick={() => void send({ type: 'challenge.closeVote' })}
          >
            Close the vote
          </button>
        )}
      </div>
      <OwnerPicker lead="Or name the owner and the challenge directly, as for the next case." />
    </section>
  );
}
