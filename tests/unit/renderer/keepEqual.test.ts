import { describe, expect, it } from 'vitest';
import { keepEqual, shallowEqual } from '../../../renderer/ui/state/keepEqual.ts';
import { createStore } from '../../../renderer/ui/state/store.ts';

describe('keepEqual', () => {
  it('answers the previous value when nothing changed, however deep', () => {
    const previous = { a: [1, { b: 'x' }], c: { d: null } };
    const next = JSON.parse(JSON.stringify(previous)) as typeof previous;
    expect(keepEqual(previous, next)).toBe(previous);
  });

  it('keeps each unchanged part and takes each changed one', () => {
    const previous = {
      timers: { turn: { run: 'idle' }, segment: { run: 'running' } },
      people: [{ id: 'a' }],
    };
    const next = {
      timers: { turn: { run: 'running' }, segment: { run: 'running' } },
      people: [{ id: 'a' }],
    };
    const kept = keepEqual(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept).toEqual(next);
    expect(kept.people).toBe(previous.people);
    expect(kept.timers.segment).toBe(previous.timers.segment);
    expect(kept.timers.turn).not.toBe(previous.timers.turn);
    expect(kept.timers.turn).toEqual({ run: 'running' });
  });

  it('sees added, removed and reordered items as changes', () => {
    expect(keepEqual([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(keepEqual({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    const previous = [{ id: 'a' }, { id: 'b' }];
    const swapped = keepEqual(previous, [{ id: 'b' }, { id: 'a' }]);
    expect(swapped).not.toBe(previous);
    expect(swapped.map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('shallowEqual', () => {
  it('compares arrays and plain objects item by item, by identity', () => {
    const person = { id: 'a' };
    expect(shallowEqual([person], [person])).toBe(true);
    expect(shallowEqual([person], [{ id: 'a' }])).toBe(false);
    expect(shallowEqual({ person, n: 1 }, { person, n: 1 })).toBe(true);
    expect(shallowEqual({ person, n: 1 }, { person, n: 2 })).toBe(false);
    expect(shallowEqual({ n: 1 }, { n: 1, m: undefined })).toBe(false);
    expect(shallowEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('createStore', () => {
  it('tells its listeners when the value changes, and not when it is the same', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.get().n));
    const same = store.get();
    store.set(same);
    store.set({ n: 2 });
    stop();
    store.set({ n: 3 });
    expect(seen).toEqual([2]);
  });
});
