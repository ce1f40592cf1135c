/**
 * The shell's command line. Tolerant on purpose: Electron and Chromium add switches of their own,
 * and on Windows and Linux a double-clicked .cohort file arrives as a plain argument.
 */
import { isAbsolute, resolve } from 'node:path';

export interface ShellArgs {
  /** `--data <dir>`: the library folder instead of Documents/Facilitator Console. */
  dataFolder: string | undefined;
  /** `--user-data <dir>`: settings and recent files somewhere else (tests, portable use). */
  userDataFolder: string | undefined;
  /** .cohort files named on the command line, absolute. */
  files: string[];
}

const COHORT = /\.cohort$/i;

/** Reads `--name value` or `--name=value`; the last one wins. */
function option(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === `--${name}` && index + 1 < argv.length) value = argv[++index];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  }
  return value === '' ? undefined : value;
}

/** `argv` without the executable (and, unpackaged, without the app path Electron was given). */
export function parseShellArgs(argv: readonly string[], cwd: string): ShellArgs {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const dataFolder = option(argv, 'data');
  const userDataFolder = option(argv, 'user-data');
  const values = new Set([dataFolder, userDataFolder]);
  const files = argv
    .filter((arg) => !arg.startsWith('-') && COHORT.test(arg) && !values.has(arg))
    .map(absolute);
  return {
    dataFolder: dataFolder === undefined ? undefined : absolute(dataFolder),
    userDataFolder: userDataFolder === undefined ? undefined : absolute(userDataFolder),
    files: [...new Set(files)],
  };
}
