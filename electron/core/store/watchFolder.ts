/**
 * Watches the library folder for cohort files added, removed or changed by someone else, and calls
 * back once per burst of events. Where watching is not possible (some network drives), it does
 * nothing: the library is still read fresh on every listing.
 */
import { watch, type FSWatcher } from 'node:fs';
import { isCohortFileName } from './fileNames.ts';

export function watchFolder(
  folder: string,
  onChange: (fileNames: Set<string>) => void,
  debounceMs = 150,
): () => void {
  let watcher: FSWatcher | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = new Set<string>();
  try {
    watcher = watch(folder, { persistent: false }, (_event, fileName) => {
      const name = fileName?.toString();
      if (name && !isCohortFileName(name)) return;
      pending.add(name ?? '');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const names = pending;
        pending = new Set();
        onChange(names);
      }, debounceMs);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}
