/**
 * A browser page for React in Node (happy-dom), and a stand-in for React's developer-tools hook so
 * the harness can see each commit's fibers. Imported first, before react-dom is loaded: React
 * looks for the hook once, when it starts.
 *
 * The once-a-second repaints (agenda drift, airtime) are held: they render on their own clock,
 * not because of a command, and would make one command's count depend on when it was sent.
 */
import { Window } from 'happy-dom';
import type { FiberRoot } from './renderCount.ts';

const page = new Window({ url: 'http://127.0.0.1/', width: 1440, height: 900 });
const scope = globalThis as Record<string, unknown>;
const source = page as unknown as Record<string, unknown>;

// The DOM's classes (HTMLElement, KeyboardEvent…) and the page's own objects; Node keeps its own
// JavaScript built-ins, timers and events.
for (const key of Object.getOwnPropertyNames(page)) {
  if (key in scope || !/^[A-Z]/.test(key)) continue;
  scope[key] = source[key];
}
for (const key of [
  'window',
  'document',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
]) {
  const value = source[key];
  scope[key] = typeof value === 'function' ? value.bind(page) : value;
}
scope.IS_REACT_ACT_ENVIRONMENT = true;

const commitListeners = new Set<(root: FiberRoot) => void>();
scope.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => undefined,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberRoot: (_renderer: number, root: FiberRoot) => {
    for (const listener of commitListeners) listener(root);
  },
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
};

/** Calls `listener` after every commit React makes, until the answer is called. */
export function onCommit(listener: (root: FiberRoot) => void): () => void {
  commitListeners.add(listener);
  return () => commitListeners.delete(listener);
}

const held: (() => void)[] = [];
const realSetInterval = globalThis.setInterval;
/** Repeating timers are recorded and never fire; `closePage` lets the process exit. */
scope.setInterval = (callback: () => void) => {
  held.push(callback);
  return held.length;
};
scope.clearInterval = () => undefined;

export async function closePage(): Promise<void> {
  scope.setInterval = realSetInterval;
  await page.happyDOM.abort();
  page.close();
}
