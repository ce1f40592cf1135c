/**
 * What the console's screens give a panel, without the rest of the screen: the cohort read
 * through the bridge and refreshed when the host says it changed (as CohortScreen does), and a
 * live session opened and followed (as LiveScreen does).
 */
import type { ReactNode } from 'react';
import type { Cohort, Session } from '../../../../shared/cohort/schema.ts';
import type { Bridge } from '../../../../shared/contract/index.ts';
import { useQuery } from '../../../../renderer/bridge/useQuery.ts';
import { LiveContext } from '../../../../renderer/console/Live/LiveContext.tsx';
import { useLiveSession } from '../../../../renderer/console/Live/useLiveSession.ts';

export function WithCohort({
  cohortId,
  children,
}: {
  cohortId: string;
  children: (cohort: Cohort, reload: () => void) => ReactNode;
}) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  if (cohort.error) return <p role="alert">{cohort.error.message}</p>;
  return cohort.data ? children(cohort.data, cohort.reload) : null;
}

export function WithLiveSession({
  cohortId,
  sessionId,
  children,
}: {
  cohortId: string;
  sessionId: string;
  children: ReactNode;
}) {
  const live = useLiveSession(cohortId, sessionId);
  if (live.error) return <p role="alert">{live.error.message}</p>;
  if (!live.store) return null;
  return (
    <LiveContext.Provider value={{ store: live.store, send: live.send, showRoom: live.showRoom }}>
      {children}
    </LiveContext.Provider>
  );
}

/** The value of a request that must succeed in a test's set-up. */
export async function must<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/** The first cohort of the library (the demo, in a host started with it). */
export async function firstCohortId(bridge: Bridge): Promise<string> {
  const library = await must(bridge.invoke('library.list', {}));
  const first = library.cohorts[0];
  if (!first) throw new Error('The library is empty.');
  return first.id;
}

/** A new session of the first cohort with its first three members (or all), on that date. */
export async function sessionOfFirstCohort(
  bridge: Bridge,
  date: string,
  { everyone = false }: { everyone?: boolean } = {},
): Promise<{ cohortId: string; cohort: Cohort; session: Session }> {
  const cohortId = await firstCohortId(bridge);
  const cohort = await must(bridge.invoke('cohort.get', { cohortId }));
  const attendance = cohort.members.slice(0, everyone ? undefined : 3).map((member) => member.id);
  const session = await must(
    bridge.invoke('session.create', { cohortId, date, attendance, guests: [] }),
  );
  return { cohortId, cohort, session };
}
