/** The host's registry of paths chosen in native dialogs, and how requests resolve a place. */
import { describe, expect, it } from 'vitest';
import {
  CHOSEN_PATH_LIFETIME_MS,
  createChosenPaths,
} from '../../../electron/core/paths/chosenPaths.ts';
import { chosenPlace } from '../../../electron/core/paths/chosenPlace.ts';

const clock = () => {
  let time = 1_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
};

describe('chosen paths', () => {
  it('answers a fresh random handle for each choice, and its path once', () => {
    const paths = createChosenPaths();
    const first = paths.remember('save-copy', '/Users/ana/Copy.cohort');
    const second = paths.remember('save-copy', '/Users/ana/Copy.cohort');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(paths.take(first, 'save-copy')).toBe('/Users/ana/Copy.cohort');
    expect(paths.take(first, 'save-copy')).toBeUndefined();
    expect(paths.take(second, 'save-copy')).toBe('/Users/ana/Copy.cohort');
  });

  it('finds nothing for a handle of another purpose, and keeps it for its own', () => {
    const paths = createChosenPaths();
    const folder = paths.remember('library-folder', '/Users/ana/Workshops');
    expect(paths.take(folder, 'save-copy')).toBeUndefined();
    expect(paths.take(folder, 'library-folder')).toBe('/Users/ana/Workshops');
  });

  it('finds nothing for an unknown handle', () => {
    expect(createChosenPaths().take('made-up', 'save-copy')).toBeUndefined();
  });

  it('forgets a choice after ten minutes', () => {
    const time = clock();
    const paths = createChosenPaths({ now: time.now });
    const kept = paths.remember('save-copy', '/a/Kept.cohort');
    const stale = paths.remember('save-copy', '/a/Stale.cohort');
    time.advance(CHOSEN_PATH_LIFETIME_MS - 1);
    expect(paths.take(kept, 'save-copy')).toBe('/a/Kept.cohort');
    time.advance(1);
    expect(paths.take(stale, 'save-copy')).toBeUndefined();
  });

  it('holds a bounded number of choices, dropping the oldest first', () => {
    const paths = createChosenPaths();
    const handles = Array.from({ length: 60 }, (_, index) =>
      paths.remember('save-copy', `/a/${index}.cohort`),
    );
    expect(paths.take(handles[0]!, 'save-copy')).toBeUndefined();
    expect(paths.take(handles[59]!, 'save-copy')).toBe('/a/59.cohort');
  });
});

describe('the place a request acts on', () => {
  it('in the desktop app: refuses a typed path in words, resolves a handle once', () => {
    const services = { hostKind: 'electron', chosenPaths: createChosenPaths() } as const;
    expect(() =>
      chosenPlace(services, 'save-copy', { typed: '/tmp/Mine.cohort', handle: undefined }),
    ).toThrow(
      expect.objectContaining({ code: 'rejected', message: expect.stringMatching(/dialog/) }),
    );
    const handle = services.chosenPaths.remember('save-copy', '/Volumes/USB/Copy.cohort');
    expect(chosenPlace(services, 'save-copy', { typed: undefined, handle })).toBe(
      '/Volumes/USB/Copy.cohort',
    );
    expect(() => chosenPlace(services, 'save-copy', { typed: undefined, handle })).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/choose/) }),
    );
  });

  it('a handle of the wrong purpose is not found', () => {
    const services = { hostKind: 'electron', chosenPaths: createChosenPaths() } as const;
    const handle = services.chosenPaths.remember('library-folder', '/Users/ana/Workshops');
    expect(() => chosenPlace(services, 'save-copy', { typed: undefined, handle })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('in the browser host: uses the typed path', () => {
    const services = { hostKind: 'browser', chosenPaths: createChosenPaths() } as const;
    expect(
      chosenPlace(services, 'library-folder', { typed: '/srv/cohorts', handle: undefined }),
    ).toBe('/srv/cohorts');
  });
});
