import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFolder, shellPaths } from '../../../electron/main/resources.ts';
import { PROJECT_ROOT } from './support/built.ts';

describe('shellPaths', () => {
  const mainDir = join(PROJECT_ROOT, 'out', 'main');

  it('finds the preload, the pages, the demo cohort and the icon beside the built main in development', () => {
    const paths = shellPaths({ mainDir, isPackaged: false, resourcesPath: '/unused' });
    expect(paths.preload).toBe(join(PROJECT_ROOT, 'out', 'preload', 'index.cjs'));
    expect(paths.rendererDir).toBe(join(PROJECT_ROOT, 'out', 'renderer'));
    expect(existsSync(paths.demoCohort)).toBe(true);
    expect(existsSync(paths.windowIcon!)).toBe(true);
  });

  it('takes the demo cohort from the resources folder once packaged (extraResources)', () => {
    const paths = shellPaths({
      mainDir: '/opt/app/resources/app.asar/out/main',
      isPackaged: true,
      resourcesPath: '/opt/app/resources',
    });
    expect(paths.demoCohort).toBe(
      join('/opt/app/resources', 'demo', 'Demo — Product leads circle.cohort'),
    );
    expect(paths.windowIcon).toBeUndefined();
  });
});

describe('libraryFolder', () => {
  it('is Documents/Facilitator Console unless --data says otherwise', () => {
    expect(libraryFolder(undefined, '/home/sam/Documents')).toBe(
      join('/home/sam/Documents', 'Facilitator Console'),
    );
    expect(libraryFolder('/tmp/lib', '/home/sam/Documents')).toBe('/tmp/lib');
  });
});
