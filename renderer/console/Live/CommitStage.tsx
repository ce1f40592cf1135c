/** The owner's action plan: each action with an owner and a due date, specific and time-bound. */
import { useState } from 'react';
import { challengeOwner, personById } from '../../../shared/live/selectors.ts';
import { formatDate, todayIso } from '../../ui/format/dates.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { CommitmentFields, useCommitmentDraft } from '../Commitments/CommitmentFields.tsx';
import { CommitmentNudges } from '../Commitments/CommitmentNudges.tsx';
import { SuccessSignal } from '../Commitments/SuccessSignal.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { PersonOptions } from '../../ui/Field/PersonOptions.tsx';
import buttons from '../../ui/Button/Button.module.css';
import cohortStyles from '../Cohort/cohort.module.css';
import fields from '../../ui/Field/Field.module.css';
import liveStyles from './live.module.css';

const inAWeek = () => todayIso(new Date(Date.now() + 7 * 24 * 3600_000));

export function CommitStage() {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const commitments = useLive((state) => state.commitments);
  const owner = useLive(challengeOwner);
  const cohortId = useLive((state) => state.cohortId);
  const sessionId = useLive((state) => state.sessionId);
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const sessionDate = cohort.data?.sessions.find((s) => s.id === sessionId)?.date ?? todayIso();
  const [ownerId, setOwnerId] = useState(owner?.id ?? people[0]?.id ?? '');
  const { draft, change } = useCommitmentDraft({
    text: '',
    dueDate: inAWeek(),
    successSignal: '',
  });
  const { text, dueDate, successSignal } = draft;

  const add = async () => {
    const signal = successSignal.trim() ? { successSignal } : {};
    if (await send({ type: 'commitment.add', ownerId, text, dueDate, ...signal })) {
      change({ text: '', successSignal: '' });
    }
  };

  return (
    <section aria-label="Commitments">
      <p className={liveStyles.stageLead}>
        Specific, observable and time-bound: “complete prototype 1 by Friday”, not “work on the
        prototype”.
      </p>
      <form
        className={liveStyles.commitForm}
        aria-label="Add a commitment"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className={fields.field}>
          Who
          <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <PersonOptions people={people} />
          </select>
        </label>
        <CommitmentFields
          draft={draft}
          onChange={change}
          signalClassName={liveStyles.commitSignal}
        />
        <button
          type="submit"
          className={buttons.primary}
          disabled={!text.trim() || !dueDate || !ownerId}
        >
          Add commitment
        </button>
      </form>
      <CommitmentNudges {...draft} today={sessionDate} cadence={cohort.data?.cadence} />
      {commitments.length > 0 ? (
        <ul className={cohortStyles.commitmentList} aria-label="Commitments made this session">
          {commitments.map((commitment) => (
            <li key={commitment.id} className={cohortStyles.commitment}>
              <div className={cohortStyles.commitmentBody}>
                <p className={cohortStyles.commitmentText}>{commitment.text}</p>
                <p className={cohortStyles.commitmentMeta}>
                  <span className={cohortStyles.commitmentOwner}>
                    {personById({ people }, commitment.ownerId)?.name}
                  </span>
                  <span>by {formatDate(commitment.dueDate)}</span>
                </p>
                <SuccessSignal signal={commitment.successSignal} />
              </div>
              <button
                type="button"
                className={`${buttons.quiet} ${buttons.small}`}
                aria-label={`Remove commitment: ${commitment.text}`}
                onClick={() =>
                  void send({ type: 'commitment.remove', commitmentId: commitment.id })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
