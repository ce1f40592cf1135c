/**
 * A second console over the contract's WebSocket, for a test's setting up: it sends the same
 * requests the console page sends, so a test can reach a state in milliseconds (a question of
 * exactly 300 characters on the screen) and then look at it the way the room does.
 */
import WebSocket from 'ws';
import type { RunningHost } from './browserHost.ts';

export interface HostClient {
  /** Sends a request; throws with the host's words when it is refused. */
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  close(): void;
}

export async function connectClient(host: RunningHost): Promise<HostClient> {
  const token = new URL(host.consoleUrl).searchParams.get('token') ?? '';
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${token}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const waiting = new Map<
    number,
    (result: { ok: boolean; value?: unknown; error?: { message: string } }) => void
  >();
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; id?: number; result?: never };
    if (frame.type === 'result' && frame.id !== undefined) waiting.get(frame.id)?.(frame.result!);
  });
  let nextId = 1;
  return {
    call<T>(name: string, input: unknown) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, (result) => {
          waiting.delete(id);
          if (result.ok) resolve(result.value as T);
          else reject(new Error(`${name}: ${result.error?.message ?? 'refused'}`));
        });
        socket.send(JSON.stringify({ type: 'invoke', id, name, input }));
      });
    },
    close: () => socket.close(),
  };
}

interface Person {
  id: string;
  name: string;
}
interface Opened {
  state: { people: Person[]; agenda: { segments: { id: string; phase: string }[] } };
}

/** The demo cohort's session, opened, with a handle to send it live commands. */
export async function demoSession(client: HostClient) {
  const library = await client.call<{ cohorts: { id: string }[] }>('library.list', {});
  const cohortId = library.cohorts[0]!.id;
  const cohort = await client.call<{ members: { id: string; archived?: boolean }[] }>(
    'cohort.get',
    { cohortId },
  );
  const attendance = cohort.members.filter((m) => !m.archived).map((m) => m.id);
  const session = await client.call<{ id: string }>('session.create', {
    cohortId,
    date: '2026-12-02',
    attendance,
  });
  const ref = { cohortId, sessionId: session.id };
  const opened = await client.call<Opened>('live.open', ref);
  const segmentOf = (phase: string) =>
    opened.state.agenda.segments.find((segment) => segment.phase === phase)!.id;
  return {
    ref,
    people: opened.state.people,
    segmentOf,
    send: (...commands: unknown[]) =>
      commands.reduce<Promise<unknown>>(
        (previous, command) =>
          previous.then(() => client.call('live.command', { ...ref, command })),
        Promise.resolve(),
      ),
  };
}
