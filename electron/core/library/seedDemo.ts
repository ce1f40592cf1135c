/**
 * First run: a library folder with nothing in it gets a copy of the demo cohort, so the facilitator
 * meets a real cohort (members, charter, past sessions) instead of an empty screen. Used by both
 * hosts. The copying itself is the store's (it alone touches cohort files): the host asks
 * `store.seedFrom(demoFile)`; this module names the demo and seeds a folder without a store open.
 */
import { seedFolder, type SeedResult } from '../store/seedFolder.ts';

export { isEmptyLibrary, type SeedResult } from '../store/seedFolder.ts';

/**
 * Copies `demoFile` into `folder` if the folder is missing or empty. The demo keeps its file name
 * ("Demo — Product leads circle.cohort"). Never overwrites.
 */
export const seedDemoCohort = (folder: string, demoFile: string): Promise<SeedResult> =>
  seedFolder(folder, demoFile);

/** The demo cohort's file name, as shipped in build/demo/ and in the packaged app's resources. */
export const DEMO_COHORT_FILE_NAME = 'Demo — Product leads circle.cohort';
