/** The store seeds an empty library folder with the demo cohort, and only an empty one. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_COHORT_FILE_NAME } from '../../../electron/core/library/seedDemo.ts';
import { PROJECT_ROOT } from '../main/support/built.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

const demoFile = join(PROJECT_ROOT, 'build', 'demo', DEMO_COHORT_FILE_NAME);

describe('store.seedFrom', () => {
  let fixture: StoreFixture;
  afterEach(() => fixture.done());

  it('copies the demo into the empty library, which then lists it and tells its listeners', async () => {
    fixture = await storeFixture();
    let changes = 0;
    fixture.store.onLibraryChanged(() => changes++);
    const seeded = await fixture.store.seedFrom(demoFile);
    expect(seeded).toEqual({ seeded: true, file: join(fixture.folder, DEMO_COHORT_FILE_NAME) });
    expect(changes).toBe(1);
    const library = await fixture.store.list();
    expect(library.cohorts).toEqual([
      expect.objectContaining({ status: 'ok', fileName: DEMO_COHORT_FILE_NAME }),
    ]);
  });

  it('leaves a library with a cohort in it alone', async () => {
    fixture = await storeFixture();
    await fixture.store.create('Mine');
    expect(await fixture.store.seedFrom(demoFile)).toEqual({
      seeded: false,
      reason: 'The library folder is not empty.',
    });
  });
});
