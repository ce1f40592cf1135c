/**
 * Where the facilitator put the presenter, remembered per set of connected displays in the app
 * settings: the room's projector is chosen once, and the next time the laptop meets the same
 * displays the presenter goes there again. The desktop shell names the sets and the displays.
 */
import type { AppSettings, PresenterDisplayChoice } from './appSettings.ts';

/** A facilitator meets a few rooms; the choices of the sets met longest ago are forgotten. */
export const PRESENTER_DISPLAY_SETS_KEPT = 24;

/** A choice as the shell makes it; the time it was made is added here. */
export interface PresenterDisplayPick {
  /** What the chosen display is: its kind, name and size. */
  display: string;
  /** Its place among the displays that look exactly alike, from the left (0 for a unique one). */
  ordinal: number;
  /** Its id at the time: the best guess while the system keeps its ids. */
  displayId: number;
}

export interface PresenterDisplays {
  /** The choice made for this set of displays, if any. */
  choiceFor(displaySet: string): PresenterDisplayChoice | undefined;
  /** Remembers the choice for this set, or forgets it (undefined); resolves once written. */
  remember(displaySet: string, pick: PresenterDisplayPick | undefined): Promise<void>;
}

const samePick = (a: PresenterDisplayPick, b: PresenterDisplayPick) =>
  a.display === b.display && a.ordinal === b.ordinal && a.displayId === b.displayId;

/** The newest `limit` choices, by when they were made. */
function newest(
  choices: Record<string, PresenterDisplayChoice>,
  limit: number,
): Record<string, PresenterDisplayChoice> {
  const entries = Object.entries(choices);
  if (entries.length <= limit) return choices;
  entries.sort(([, a], [, b]) => b.chosenAt.localeCompare(a.chosenAt));
  return Object.fromEntries(entries.slice(0, limit));
}

export function createPresenterDisplays(
  settings: AppSettings,
  now: () => Date = () => new Date(),
): PresenterDisplays {
  return {
    choiceFor: (displaySet) => settings.data.presenterDisplays?.[displaySet],

    async remember(displaySet, pick) {
      const current = settings.data.presenterDisplays?.[displaySet];
      // The window is moved and chosen again and again: only a new choice is written.
      if (pick === undefined ? current === undefined : current && samePick(current, pick)) return;
      await settings.update((data) => {
        const choices = { ...data.presenterDisplays };
        if (pick === undefined) delete choices[displaySet];
        else choices[displaySet] = { ...pick, chosenAt: now().toISOString() };
        return { ...data, presenterDisplays: newest(choices, PRESENTER_DISPLAY_SETS_KEPT) };
      });
    },
  };
}
