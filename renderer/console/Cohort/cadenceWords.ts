/** How often a cohort meets, in words, for the charter panel and its edit dialog. */
import type { Cadence } from '../../../shared/cohort/schema.ts';

export const CADENCE_WORDS: Record<Cadence['every'], string> = {
  week: 'Every week',
  'two-weeks': 'Every two weeks',
  month: 'Every month',
  'ad-hoc': 'When the group decides',
};

/** The same choices as the edit dialog offers them. */
export const CADENCE_CHOICES: Record<Cadence['every'], string> = {
  ...CADENCE_WORDS,
  'ad-hoc': 'Ad hoc, when the group decides',
};

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** "Every week on Tuesday at 14:00 for 90 min". */
export function meetsWords(cadence: Cadence): string {
  return [
    CADENCE_WORDS[cadence.every],
    cadence.weekday !== undefined && cadence.every !== 'ad-hoc'
      ? `on ${WEEKDAYS[cadence.weekday]}`
      : '',
    cadence.startTime && cadence.every !== 'ad-hoc' ? `at ${cadence.startTime}` : '',
    `for ${cadence.durationMinutes} min`,
  ]
    .filter(Boolean)
    .join(' ');
}
