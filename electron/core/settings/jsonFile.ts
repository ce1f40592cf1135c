/**
 * A small JSON file in the user-data folder (app settings, the recent-files list), read and
 * written with lowdb. A damaged file falls back to the defaults and is left as it is until the
 * user changes something; every value is checked against its schema on read.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { z } from 'zod';

export interface JsonFile<T> {
  readonly data: T;
  /** Changes the data and writes the file (atomically, via lowdb's steno writer). */
  update(change: (data: T) => T): Promise<void>;
}

export async function openJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  defaults: () => z.output<S>,
): Promise<JsonFile<z.output<S>>> {
  type T = z.output<S>;
  const parse = (text: string): T => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : defaults();
    } catch {
      return defaults();
    }
  };
  const db = new Low<T>(
    new DataFile<T>(path, { parse, stringify: (data) => `${JSON.stringify(data, null, 2)}\n` }),
    defaults(),
  );
  try {
    await db.read();
  } catch {
    // Unreadable (permissions): run on the defaults.
  }
  return {
    get data() {
      return db.data;
    },
    async update(change) {
      db.data = change(db.data);
      await mkdir(dirname(path), { recursive: true });
      await db.write();
    },
  };
}
