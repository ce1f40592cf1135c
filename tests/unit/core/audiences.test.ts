/**
 * The contract's declarations hold together: every request has an audience and says what it
 * changes; each prefix is declared in its own file and handled in its own file; the presenter
 * reaches only what the room sees.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBridge,
  events,
  REQUEST_PREFIXES,
  requests,
  roomContract,
  type RequestName,
} from '../../../shared/contract/index.ts';

const root = join(import.meta.dirname, '../../..');
const names = Object.keys(requests) as RequestName[];

describe('request declarations', () => {
  it('give every request an audience, and queries change nothing', () => {
    for (const name of names) {
      const spec = requests[name];
      expect(spec.audience.length, name).toBeGreaterThan(0);
      if (spec.kind === 'query') expect(spec.changes, name).toEqual([]);
    }
  });

  it('group requests by prefix: one contract file and one handler file per prefix', () => {
    for (const name of names) {
      const prefix = name.split('.')[0]!;
      expect(REQUEST_PREFIXES, name).toContain(prefix);
    }
    for (const prefix of REQUEST_PREFIXES) {
      expect(existsSync(join(root, 'shared/contract/requests', `${prefix}.ts`)), prefix).toBe(true);
      expect(existsSync(join(root, 'electron/core/handlers', `${prefix}.ts`)), prefix).toBe(true);
    }
  });

  it('let the presenter call only what the projected view needs', () => {
    const forPresenter = names.filter((name) =>
      (requests[name].audience as readonly string[]).includes('presenter'),
    );
    expect(forPresenter.sort()).toEqual(['app.clock', 'app.info', 'room.view']);
    const presenterEvents = Object.entries(events)
      .filter(([, spec]) => (spec.audience as readonly string[]).includes('presenter'))
      .map(([name]) => name);
    expect(presenterEvents).toEqual(['room.view']);
    // The presenter page's own contract is exactly that audience, with the same schemas.
    expect(Object.keys(roomContract.requests).sort()).toEqual(forPresenter.sort());
    for (const [name, spec] of Object.entries(roomContract.requests))
      expect(spec, name).toBe(requests[name as RequestName]);
    expect(Object.keys(roomContract.events)).toEqual(presenterEvents);
  });

  it('refuse, in the page, a request outside its contract without asking the host', async () => {
    let asked = 0;
    const bridge = createBridge(
      {
        invoke: () => {
          asked++;
          return Promise.resolve({ ok: true, value: {} });
        },
        subscribe: () => () => undefined,
      },
      roomContract,
    );
    const result = await bridge.invoke('cohort.get', { cohortId: 'c' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-request', message: 'This screen cannot ask for cohort.get.' },
    });
    expect(asked).toBe(0);
  });

  it('name the cohort in the input of every request that changes one', () => {
    for (const name of names) {
      const spec = requests[name];
      if (!(spec.changes as readonly string[]).includes('cohort')) continue;
      const probe = spec.input.safeParse({});
      expect(probe.success, name).toBe(false);
      if (!probe.success) {
        expect(
          probe.error.issues.some((issue) => issue.path[0] === 'cohortId'),
          name,
        ).toBe(true);
      }
    }
  });
});
