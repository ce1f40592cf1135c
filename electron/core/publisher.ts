/**
 * What the host broadcasts after a request: exactly what the request declares it changes
 * (shared/contract/spec.ts). The live host reports each new session state to the publisher as it
 * happens; the publisher sends it once the request that caused it has been handled, as 'live.state'
 * to the console and, when the room follows that session, as a new 'room.view' to the room.
 */
import {
  isRequestName,
  requests,
  type Change,
  type EventName,
  type EventPayload,
  type Result,
} from '../../shared/contract/index.ts';
import type { LiveSnapshot } from '../../shared/live/snapshot.ts';
import type { Broadcaster } from './broadcaster.ts';
import type { LiveBroadcaster } from './live/LiveSessionHost.ts';
import type { NoteIndexes } from './notes/NoteIndexes.ts';
import type { Room } from './room/Room.ts';
import type { CallContext, Router } from './router.ts';
import type { CohortStore } from './store/CohortStore.ts';

export interface Publisher {
  /** Where the live host reports what it changed. */
  live: LiveBroadcaster;
  /** A router that broadcasts what each successful request declares it changes. */
  publishing(route: Router): Router;
}

export function createPublisher(options: {
  broadcaster: Broadcaster;
  store: Pick<CohortStore, 'list'>;
  room: Room;
  /** The note search indexes, told what changed so the next search sees it. */
  notes?: Pick<NoteIndexes, 'cohortChanged' | 'sessionChanged'> | undefined;
  /** The cohort a participant's phone is bound to, for what its requests change. */
  participantCohort?: (context: CallContext) => string | undefined;
  log?: ((message: string) => void) | undefined;
}): Publisher {
  const { broadcaster, store, room, notes } = options;
  const changedSessions = new Map<string, LiveSnapshot>();

  async function publish(
    changes: ReadonlySet<Change>,
    input: unknown,
    context: CallContext,
  ): Promise<void> {
    let roomChanged = changes.has('room');
    const cohortId = changes.has('cohort')
      ? (input as { cohortId: string }).cohortId
      : changes.has('participant')
        ? options.participantCohort?.(context)
        : undefined;
    if (cohortId !== undefined) {
      broadcaster.emit('cohort.changed', { cohortId });
      notes?.cohortChanged(cohortId);
      if (room.followsCohort(cohortId)) {
        await room.cohortChanged(cohortId);
        roomChanged = true;
      }
    }
    if (changes.has('library')) broadcaster.emit('library.changed', await store.list());
    for (const snapshot of changedSessions.values()) {
      broadcaster.emit('live.state', snapshot);
      notes?.sessionChanged(snapshot.state.cohortId, snapshot.state.sessionId);
      roomChanged ||= room.follows(snapshot.state.cohortId, snapshot.state.sessionId);
    }
    changedSessions.clear();
    if (roomChanged) broadcaster.emit('room.view', room.view());
  }

  const declaredBy = (name: unknown, result: Result<unknown>): Set<Change> =>
    new Set(
      result.ok && typeof name === 'string' && isRequestName(name) ? requests[name].changes : [],
    );

  return {
    live: {
      emit<E extends EventName>(name: E, payload: EventPayload<E>) {
        if (name !== 'live.state') return broadcaster.emit(name, payload);
        const snapshot = payload as LiveSnapshot;
        room.sessionChanged(snapshot);
        changedSessions.set(
          `${snapshot.state.cohortId}\u0000${snapshot.state.sessionId}`,
          snapshot,
        );
      },
    },
    publishing(route) {
      return async (name, input, context) => {
        const result = await route(name, input, context);
        const declared = declaredBy(name, result);
        if (result.ok && changedSessions.size > 0 && !declared.has('live')) {
          options.log?.(
            `internal error: ${String(name)} changed a live session without declaring it`,
          );
        }
        // A session that changed is sent even if its request failed later, so no view goes stale.
        if (declared.size > 0 || changedSessions.size > 0) await publish(declared, input, context);
        return result;
      };
    },
  };
}
