/** The recent-files list: cohort files the facilitator opened, newest first, in the user-data folder. */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { openJsonFile, type JsonFile } from '../settings/jsonFile.ts';

export const RECENT_FILE = 'recent-cohorts.json';
export const RECENT_LIMIT = 20;

const RecentEntrySchema = z.object({ path: z.string().min(1), openedAt: z.string() });
const RecentListSchema = z.object({ files: z.array(RecentEntrySchema).catch([]) });
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

export class RecentFiles {
  readonly #file: JsonFile<z.infer<typeof RecentListSchema>>;

  private constructor(file: JsonFile<z.infer<typeof RecentListSchema>>) {
    this.#file = file;
  }

  static async open(userDataFolder: string): Promise<RecentFiles> {
    return new RecentFiles(
      await openJsonFile(join(userDataFolder, RECENT_FILE), RecentListSchema, () => ({
        files: [],
      })),
    );
  }

  get entries(): readonly RecentEntry[] {
    return this.#file.data.files;
  }

  /** Puts `path` first; the list keeps the newest RECENT_LIMIT. */
  async add(path: string, at: Date) {
    const full = resolve(path);
    await this.#file.update((data) => ({
      files: [
        { path: full, openedAt: at.toISOString() },
        ...data.files.filter((entry) => entry.path !== full),
      ].slice(0, RECENT_LIMIT),
    }));
  }
}
