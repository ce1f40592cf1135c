/** App settings, kept in `settings.json` in the user-data folder, apart from cohort files. */
import { join } from 'node:path';
import { z } from 'zod';
import { openJsonFile, type JsonFile } from './jsonFile.ts';

export const AppSettingsSchema = z.looseObject({
  /** The library folder chosen by the facilitator, instead of the default one. */
  libraryFolder: z.string().min(1).optional(),
});
export type AppSettingsData = z.infer<typeof AppSettingsSchema>;

export type AppSettings = JsonFile<AppSettingsData>;

export const SETTINGS_FILE = 'settings.json';

export const openAppSettings = (userDataFolder: string): Promise<AppSettings> =>
  openJsonFile(join(userDataFolder, SETTINGS_FILE), AppSettingsSchema, () => ({}));
