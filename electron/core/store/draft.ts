/**
 * Lets a mutator change a document in place and undoes every change if it throws, without copying
 * the document: a proxy records each property write and delete, and the log is replayed backwards
 * on failure. It also reports which parts were touched so only those need validating.
 */

type Key = string | symbol;
interface UndoEntry {
  target: Record<Key, unknown>;
  key: Key;
  had: boolean;
  old: unknown;
}

export interface DraftOutcome<T> {
  result: T;
  /** Paths (from the root) of the objects whose properties were written, keys included. */
  touched: (string | number)[][];
  undo: () => void;
}

const isObject = (value: unknown): value is Record<Key, unknown> =>
  typeof value === 'object' && value !== null;
const asSegment = (key: Key, target: object): string | number => {
  if (typeof key === 'symbol') return String(key);
  return Array.isArray(target) && /^\d+$/.test(key) ? Number(key) : key;
};

/** Runs `mutate` on a recording proxy of `root`. On throw, undoes its changes and rethrows. */
export function applyDraft<R extends object, T>(root: R, mutate: (draft: R) => T): DraftOutcome<T> {
  const log: UndoEntry[] = [];
  const touched: (string | number)[][] = [];
  const proxies = new Map<object, object>();
  const targets = new WeakMap<object, object>();
  let active = true;

  const unwrap = (value: unknown): unknown =>
    isObject(value) ? (targets.get(value) ?? value) : value;
  const undo = () => {
    for (let index = log.length - 1; index >= 0; index -= 1) {
      const { target, key, had, old } = log[index]!;
      if (had) target[key] = old;
      else delete target[key];
    }
    log.length = 0;
  };

  const wrap = (target: object, path: (string | number)[]): object => {
    const existing = proxies.get(target);
    if (existing) return existing;
    const record = (key: Key) => {
      if (!active) throw new TypeError('A cohort draft was changed after its update finished.');
      const object = target as Record<Key, unknown>;
      // Writing past the end of an array grows its length implicitly: remember the length first.
      if (Array.isArray(target) && key !== 'length') {
        log.push({ target: object, key: 'length', had: true, old: target.length });
      }
      log.push({
        target: object,
        key,
        had: Object.prototype.hasOwnProperty.call(object, key),
        old: object[key],
      });
      touched.push([...path, asSegment(key, target)]);
    };
    const proxy = new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key);
        if (!isObject(value) || typeof key === 'symbol') return value;
        return wrap(value, [...path, asSegment(key, object)]);
      },
      set(object, key, value) {
        record(key);
        (object as Record<Key, unknown>)[key] = unwrap(value);
        return true;
      },
      deleteProperty(object, key) {
        record(key);
        return Reflect.deleteProperty(object, key);
      },
      defineProperty(object, key, descriptor) {
        record(key);
        return Reflect.defineProperty(object, key, {
          ...descriptor,
          value: unwrap(descriptor.value),
        });
      },
    });
    proxies.set(target, proxy);
    targets.set(proxy, target);
    return proxy;
  };

  try {
    const result = mutate(wrap(root, []) as R);
    active = false;
    return { result: unwrapResult(result, unwrap) as T, touched, undo };
  } catch (error) {
    active = false;
    undo();
    throw error;
  }
}

/** Results leave the draft as plain data: proxies are replaced by what they wrap (one level deep). */
function unwrapResult(result: unknown, unwrap: (value: unknown) => unknown): unknown {
  const plain = unwrap(result);
  if (plain !== result || !isObject(plain)) return plain;
  if (Array.isArray(plain)) return plain.map(unwrap);
  const out: Record<Key, unknown> = {};
  for (const [key, value] of Object.entries(plain)) out[key] = unwrap(value);
  return out;
}
