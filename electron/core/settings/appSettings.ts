/** App settings, kept in `settings.json` in the user-data folder, apart from cohort files. */
import { join } from 'node:path';
import { z } from 'zod';
import { openJsonFile, type JsonFile } from './jsonFile.ts';

/**
 * The display the facilitator put the presenter on, for one set of connected displays. The desktop
 * shell decides what the strings say (electron/main/displaySets.ts); here they are only kept.
 */
export const PresenterDisplayChoiceSchema = z.looseObject({
  /** What the chosen display is (its kind, name and size), not its id alone. */
  display: z.string().min(1).max(500),
  /** Which of the displays that look exactly alike (two identical projectors), from the left. */
  ordinal: z.number().int().min(0).max(64),
  /** Its id when it was chosen: the first guess, while the system keeps ids. */
  displayId: z.number(),
  /** When it was chosen (ISO time): the oldest choices are forgotten first. */
  chosenAt: z.string(),
});
export type PresenterDisplayChoice = z.infer<typeof PresenterDisplayChoiceSchema>;

/**
 * The choices by set of displays. An entry that does not read (written by another version, edited
 * by hand) is left out rather than costing the rest of the settings.
 */
const PresenterDisplaysSchema = z
  .record(z.string(), z.unknown())
  .optional()
  .catch(undefined)
  .transform((entries) => {
    if (entries === undefined) return undefined;
    const kept: Record<string, PresenterDisplayChoice> = {};
    for (const [displaySet, entry] of Object.entries(entries)) {
      const parsed = PresenterDisplayChoiceSchema.safeParse(entry);
      if (parsed.success) kept[displaySet] = parsed.data;
    }
    return kept;
  });

export const AppSettingsSchema = z.looseObject({
  /** The library folder chosen by the facilitator, instead of the default one. */
  libraryFolder: z.string().min(1).optional(),
  /** The presenter's display, per set of displays (the desktop app only). */
  presenterDisplays: PresenterDisplaysSchema.optional(),
});
export type AppSettingsData = z.infer<typeof AppSettingsSchema>;

export type AppSettings = JsonFile<AppSettingsData>;

export const SETTINGS_FILE = 'settings.json';

export const openAppSettings = (userDataFolder: string): Promise<AppSettings> =>
  openJsonFile(join(userDataFolder, SETTINGS_FILE), AppSettingsSchema, () => ({}));
