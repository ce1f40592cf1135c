/**
 * Appearance: the console and the presenter follow the system's light or dark setting, or the one
 * chosen here. A dim room with a projector is where a facilitator often works. The choice belongs
 * to this browser (or the app's windows), not to the library, so it is kept beside the page.
 */
import { useState } from 'react';
import {
  THEME_CHOICES,
  applyThemeChoice,
  readThemeChoice,
  type ThemeChoice,
} from '../../ui/Theme/themeChoice.ts';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './settings.module.css';

const LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};
const HINTS: Record<ThemeChoice, string> = {
  system: 'Follows the light or dark setting of this computer.',
  light: 'Dark text on light grounds.',
  dark: 'Light text on dark grounds, easier on the eyes in a dim room.',
};

export function AppearanceSection() {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice(window.localStorage));
  const choose = (next: ThemeChoice) => {
    applyThemeChoice(next, window.localStorage, document.documentElement);
    setChoice(next);
  };
  return (
    <section
      className={`${panels.surface} ${styles.settingsPanel}`}
      aria-labelledby="appearance-heading"
    >
      <h2 id="appearance-heading" className={styles.settingsHeading}>
        Appearance
      </h2>
      <fieldset className={styles.themeChoices}>
        <legend className={styles.settingsText}>Theme</legend>
        {THEME_CHOICES.map((value) => (
          <label key={value} className={styles.themeChoice}>
            <input
              type="radio"
              name="theme"
              value={value}
              aria-label={LABELS[value]}
              aria-describedby={`theme-${value}-hint`}
              checked={choice === value}
              onChange={() => choose(value)}
            />
            <span>
              <span className={styles.themeLabel} aria-hidden="true">
                {LABELS[value]}
              </span>
              <span id={`theme-${value}-hint`} className={styles.settingsHint}>
                {HINTS[value]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
