/**
 * The accountability review at check-in (seed 003): each member's commitments from earlier
 * sessions that are still open, with their progress updates, and the ones this session's review
 * has already closed, so the room sees "done" where it happened. And the blockers whose owners
 * asked the cohort for help, which come back when the group recommends.
 */
import type { Cohort, Commitment, ProgressUpdate } from '../cohort/schema.ts';

export interface CommitmentReview {
  commitment: Commitment;
  /** Its progress updates, oldest first. */
  updates: ProgressUpdate[];
}

/** The last word on a commitment: what got done, else what remains, else what blocks it. */
export const updateSummary = (update: ProgressUpdate | undefined): string | null =>
  update
    ? update.accomplished.trim() || update.remaining.trim() || update.blockers.trim() || null
    : null;

function updatesByCommitment(cohort: Cohort): Map<string, ProgressUpdate[]> {
  const updates = new Map<string, ProgressUpdate[]>();
  for (const session of cohort.sessions) {
    for (const update of session.progressUpdates) {
      const list = updates.get(update.commitmentId) ?? [];
      list.push(update);
      updates.set(update.commitmentId, list);
    }
  }
  for (const list of updates.values()) list.sort((a, b) => a.at.localeCompare(b.at));
  return updates;
}

/**
 * Member id → the commitments their check-in reviews in the session: made in another session,
 * open or closed in this one; soonest due first.
 */
export function reviewsAt(cohort: Cohort, sessionId: string): Map<string, CommitmentReview[]> {
  const updates = updatesByCommitment(cohort);
  const reviews = new Map<string, CommitmentReview[]>();
  for (const session of cohort.sessions) {
    if (session.id === sessionId) continue;
    for (const commitment of session.commitments) {
      const underReview =
        commitment.status === 'open' || commitment.closedInSessionId === sessionId;
      if (!underReview) continue;
      const list = reviews.get(commitment.ownerId) ?? [];
      list.push({ commitment, updates: updates.get(commitment.id) ?? [] });
      reviews.set(commitment.ownerId, list);
    }
  }
  for (const list of reviews.values())
    list.sort((a, b) => a.commitment.dueDate.localeCompare(b.commitment.dueDate));
  return reviews;
}

export interface HelpAsked {
  ownerId: string;
  commitment: string;
  blockers: string;
}

/**
 * "The cohort can help with…": blockers recorded in the session's review with help asked, for
 * commitments still open, the latest update of each.
 */
export function helpAskedIn(cohort: Cohort, sessionId: string): HelpAsked[] {
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) return [];
  const commitments = new Map(
    cohort.sessions.flatMap((s) => s.commitments).map((c) => [c.id, c] as const),
  );
  const latest = new Map<string, ProgressUpdate>();
  for (const update of session.progressUpdates) latest.set(update.commitmentId, update);
  return [...latest.values()].flatMap((update) => {
    const commitment = commitments.get(update.commitmentId);
    if (!commitment || commitment.status !== 'open') return [];
    if (!update.helpAsked || update.blockers.trim() === '') return [];
    return [
      { ownerId: commitment.ownerId, commitment: commitment.text, blockers: update.blockers },
    ];
  });
}
