/** Command-line options of the browser host, parsed with Node's own parser. */
import { parseArgs } from 'node:util';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServeOptions {
  port: number;
  dataFolder: string;
  /** True when `--data` was given: that folder wins over the saved setting for this run. */
  dataFolderGiven: boolean;
  userDataFolder: string;
  lan: boolean;
  /** Skip copying the demo cohort into an empty library folder. */
  noDemo: boolean;
}

export const DEFAULT_LIBRARY = join(homedir(), 'Documents', 'Facilitator Console');

export function parseServeArgs(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4173' },
      data: { type: 'string' },
      'user-data': { type: 'string' },
      lan: { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not '${values.port}'.`);
  }
  const dataFolder = resolve(values.data ?? DEFAULT_LIBRARY);
  return {
    port,
    dataFolder,
    dataFolderGiven: values.data !== undefined,
    userDataFolder: resolve(values['user-data'] ?? join(dataFolder, '.facilitator-console')),
    lan: values.lan,
    noDemo: values['no-demo'],
  };
}
