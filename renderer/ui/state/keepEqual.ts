/**
 * Structural sharing for data that arrives whole over the wire: every broadcast is a new object
 * tree, so `keepEqual(previous, next)` answers `next` with each part that did not change replaced
 * by the previous one. A view that selects a part then sees the same object until that part
 * changes, and re-renders only then.
 */
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const merged = next.map((item: unknown, index) => {
      const kept = keepEqual(previous[index], item);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return (same ? previous : merged) as T;
  }
  if (isPlain(previous) && isPlain(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const merged: Record<string, unknown> = {};
    for (const key of keys) {
      const kept = keepEqual(previous[key], next[key]);
      if (!Object.hasOwn(previous, key) || kept !== previous[key]) same = false;
      merged[key] = kept;
    }
    return (same ? previous : merged) as T;
  }
  return next;
}

/** Equal when the same value, or arrays or plain objects whose items are each the same value. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]))
    );
  }
  return false;
}
