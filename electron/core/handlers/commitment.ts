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

export const commitmentHandlers = ({ store }: CoreServices): HandlersOf<'commitment'> => ({
  'commitment.setStatus': ({ cohortId, commitmentId, status }) =>
    store.update(cohortId, (cohort) => {
      const { commitment } = findCommitment(cohort, commitmentId);
      commitment.status = status;
      if (status === 'done') commitment.completedAt = new Date().toISOString();
      else delete commitment.completedAt;
      return { ...commitment };
    }),
  'commitment.addProgress': ({ cohortId, commitmentId, accomplished, remaining, blockers }) =>
    store.update(cohortId, (cohort) => {
      // The update belongs to the latest session, where it was reviewed; the commitment is found anywhere.
      findCommitment(cohort, commitmentId);
      const latest = cohort.sessions.at(-1);
      if (!latest)
        throw new RequestError(
          'rejected',
          'Progress is recorded in a session; this cohort has none yet.',
        );
      const update = {
        id: randomUUID(),
        commitmentId,
        at: new Date().toISOString(),
        accomplished,
        remaining,
        blockers,
      };
      latest.progressUpdates.push(update);
      return update;
    }),
});
