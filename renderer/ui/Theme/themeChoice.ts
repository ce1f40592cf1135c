/**
 * Light, dark, or the system's theme: a view preference of this browser (or this app's window),
 * kept in localStorage, not in the app's settings, since it says nothing about cohorts or files.
 * public/theme.js reads the same key before the first paint; this module changes it from Settings.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export const THEME_KEY = 'facilitator-console.theme';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readThemeChoice(store: Store): ThemeChoice {
  let stored: string | null;
  try {
    stored = store.getItem(THEME_KEY);
  } catch {
    return 'system';
  }
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Remembers the choice and puts it on <html data-theme> at once (or takes it off for the system's). */
export function applyThemeChoice(
  choice: ThemeChoice,
  store: Store,
  root: Pick<HTMLElement, 'dataset'>,
): void {
  try {
    if (choice === 'system') store.removeItem(THEME_KEY);
    else store.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered where storage is refused; it still applies to this page.
  }
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
