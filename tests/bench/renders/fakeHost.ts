/**
 * An in-memory host for the renderer: a raw transport (as the preload or the WebSocket gives the
 * view) whose live commands are applied with the session's own reducer and broadcast as
 * 'live.state', each answer and event passed through JSON as on the wire. The view wraps it in the
 * same validating client as in the app.
 */
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';
import type { RawTransport } from '../../../shared/contract/index.ts';
import { LiveCommandSchema } from '../../../shared/live/commands.ts';
import { applyLiveCommand, createLiveState, type LiveState } from '../../../shared/live/session.ts';
import { initFor } from '../../../electron/core/live/records.ts';

const NAMES = ['Amara', 'Ben', 'Chen', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana'];

export function benchCohort(date: string): Cohort {
  const members = NAMES.map((name, index) => ({ id: `m${index + 1}`, name }));
  return CohortSchema.parse({
    schemaVersion: 1,
    id: 'cohort-1',
    name: 'Product leads',
    createdAt: '2026-01-01T09:00:00.000Z',
    members,
    sessions: [
      {
        id: 'session-1',
        date,
        attendance: members.map((m) => ({ id: `a-${m.id}`, memberId: m.id, name: m.name })),
      },
    ],
  });
}

export interface FakeHost {
  transport: RawTransport;
  /** Live commands applied so far. */
  commands: number;
}

export function fakeHost(cohort: Cohort, now: () => number): FakeHost {
  const session = cohort.sessions[0]!;
  let state: LiveState = createLiveState(initFor(cohort.id, cohort, session), now());
  let seq = 0;
  const listeners = new Set<(name: string, payload: unknown) => void>();
  const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  const snapshot = () => ({ seq, at: now(), state });
  const answer = (value: unknown) => wire({ ok: true, value });
  const refuse = (code: string, message: string) => wire({ ok: false, error: { code, message } });

  const host: FakeHost = {
    commands: 0,
    transport: {
      invoke(name, input) {
        switch (name) {
          case 'cohort.get':
            return Promise.resolve(answer(cohort));
          case 'live.open':
          case 'live.state':
            return Promise.resolve(answer(snapshot()));
          case 'live.command': {
            const command = LiveCommandSchema.parse((input as { command: unknown }).command);
            const result = applyLiveCommand(state, command, now());
            if (!result.ok) return Promise.resolve(refuse('rejected', result.message));
            const changed = result.state !== state;
            host.commands++;
            if (changed) {
              state = result.state;
              seq++;
              const event = wire(snapshot());
              for (const listener of listeners) listener('live.state', event);
            }
            return Promise.resolve(answer({ seq, changed }));
          }
          default:
            return Promise.resolve(refuse('unknown-request', `The bench host has no ${name}.`));
        }
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
  return host;
}
