import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../../electron/main/args.ts';

const cwd = resolve('/home/sam');

describe('parseShellArgs', () => {
  it('reads --data and --user-data in both spellings, relative to the working directory', () => {
    expect(parseShellArgs(['.', '--data', 'lib', '--user-data=/tmp/ud'], cwd)).toEqual({
      dataFolder: resolve(cwd, 'lib'),
      userDataFolder: resolve('/tmp/ud'),
      files: [],
    });
  });

  it('has no overrides by default', () => {
    expect(parseShellArgs([], cwd)).toEqual({
      dataFolder: undefined,
      userDataFolder: undefined,
      files: [],
    });
  });

  it('finds .cohort files given by the OS (Windows and Linux file association), once each', () => {
    const args = parseShellArgs(
      [
        '--allow-file-access-from-files',
        'Leads.cohort',
        '/abs/Other.COHORT',
        'Leads.cohort',
        'notes.txt',
      ],
      cwd,
    );
    expect(args.files).toEqual([resolve(cwd, 'Leads.cohort'), resolve('/abs/Other.COHORT')]);
  });

  it('does not mistake the value of --data for a file to open', () => {
    expect(parseShellArgs(['--data', 'odd.cohort'], cwd).files).toEqual([]);
  });

  it('ignores the app path and Chromium switches Electron passes along', () => {
    expect(parseShellArgs(['out/main/index.js', '--no-sandbox', '--inspect=9229'], cwd)).toEqual({
      dataFolder: undefined,
      userDataFolder: undefined,
      files: [],
    });
  });
});
