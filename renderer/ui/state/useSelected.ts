/**
 * Reads one part of a store: the component re-renders only when `select` answers a value that
 * `isEqual` (shallow by default) does not find equal to the last one, so derived arrays and
 * objects keep their identity between unrelated changes.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { shallowEqual } from './keepEqual.ts';
import type { Store } from './store.ts';

interface Memo<S, T> {
  source: S;
  select: (source: S) => T;
  value: T;
}

export function useSelected<S, T>(
  store: Store<S>,
  select: (source: S) => T,
  isEqual: (a: T, b: T) => boolean = shallowEqual,
): T {
  const memo = useRef<Memo<S, T> | null>(null);
  const read = useCallback(() => {
    const source = store.get();
    const last = memo.current;
    if (last && last.source === source && last.select === select) return last.value;
    const fresh = select(source);
    const value = last && isEqual(last.value, fresh) ? last.value : fresh;
    memo.current = { source, select, value };
    return value;
  }, [store, select, isEqual]);
  return useSyncExternalStore(store.subscribe, read, read);
}
