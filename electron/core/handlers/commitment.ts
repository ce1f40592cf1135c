import { randomUUID } from 'node:crypto';
import type { Cohort, Commitment, Session } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

/** The commitment and the session that holds it, or a not-found refusal in words. */
function findCommitment(
  cohort: Cohort,
  commitmentId: string,
): { session: Session; commitment: Commitment } {
  for (const session of cohort.sessions) {
    const commitment = session.commitments.find((c) => c.id === commitmentId);
    if (commitment) return { session, commitment };
  }
  throw new RequestError(
    'not-found',
    `${cohort.name} has no such commitment; it may have been removed.`,
  );
}

/** The session a review happens in: the one named, else the latest. */
function reviewingSession(cohort: Cohort, sessionId: string | undefined): Session {
  const session = sessionId
    ? cohort.sessions.find((s) => s.id === sessionId)
    : cohort.sessions.at(-1);
  if (session) return session;
  throw sessionId
    ? new RequestError('not-found', `${cohort.name} has no such session; it may have been removed.`)
    : new RequestError('rejected', 'Progress is recorded in a session; this cohort has none yet.');
}

export const commitmentHandlers = ({ store }: CoreServices): HandlersOf<'commitment'> => ({
  'commitment.edit': ({ cohortId, commitmentId, text, dueDate, successSignal }) =>
    store.update(cohortId, (cohort) => {
      const { commitment } = findCommitment(cohort, commitmentId);
      if (text !== undefined) commitment.text = text;
      if (dueDate !== undefined) commitment.dueDate = dueDate;
      if (successSignal) commitment.successSignal = successSignal;
      else if (successSignal !== undefined) delete commitment.successSignal;
      return { ...commitment };
    }),
  'commitment.setStatus': ({ cohortId, commitmentId, status, sessionId }) =>
    store.update(cohortId, (cohort) => {
      const { commitment } = findCommitment(cohort, commitmentId);
      if (sessionId) reviewingSession(cohort, sessionId);
      commitment.status = status;
      if (status === 'done') commitment.completedAt = new Date().toISOString();
      else delete commitment.completedAt;
      if (status !== 'open' && sessionId) commitment.closedInSessionId = sessionId;
      else delete commitment.closedInSessionId;
      return { ...commitment };
    }),
  'commitment.addProgress': ({ cohortId, commitmentId, sessionId, ...words }) =>
    store.update(cohortId, (cohort) => {
      // The update belongs to the session where it was reviewed; the commitment is found anywhere.
      findCommitment(cohort, commitmentId);
      const session = reviewingSession(cohort, sessionId);
      const update = { id: randomUUID(), commitmentId, at: new Date().toISOString(), ...words };
      session.progressUpdates.push(update);
      return update;
    }),
});
