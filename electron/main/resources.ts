/**
 * Where the shell finds its files. Built, the main process runs from out/main/, next to
 * out/preload/ and out/renderer/; the demo cohort sits in build/demo/ during development and in the
 * app's resources folder once packaged (electron-builder extraResources). Pure.
 */
import { join } from 'node:path';
import { DEMO_COHORT_FILE_NAME } from '../core/library/seedDemo.ts';

export interface ShellPaths {
  preload: string;
  rendererDir: string;
  demoCohort: string;
  /** The window icon in development; packaged builds carry their icon in the executable. */
  windowIcon: string | undefined;
}

export function shellPaths(input: {
  /** The folder of the running main bundle (out/main). */
  mainDir: string;
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
}): ShellPaths {
  const projectRoot = join(input.mainDir, '..', '..');
  return {
    preload: join(input.mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: join(input.mainDir, '..', 'renderer'),
    demoCohort: input.isPackaged
      ? join(input.resourcesPath, 'demo', DEMO_COHORT_FILE_NAME)
      : join(projectRoot, 'build', 'demo', DEMO_COHORT_FILE_NAME),
    windowIcon: input.isPackaged ? undefined : join(projectRoot, 'build', 'icons', '512x512.png'),
  };
}

/** The library folder: `--data` if given, else Documents/Facilitator Console. */
export const libraryFolder = (dataArg: string | undefined, documentsDir: string): string =>
  dataArg ?? join(documentsDir, 'Facilitator Console');
