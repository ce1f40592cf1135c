/** Calendar dates (ISO yyyy-mm-dd) in words, in the user's language. */
const DAY = 24 * 3600_000;

export const todayIso = (now = new Date()): string => {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

export function formatDate(
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) {
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(undefined, options).format(date);
}

/** Whole days from today to the date: negative when it is past. */
export const daysUntil = (iso: string, today = todayIso()): number =>
  Math.round((Date.parse(`${iso}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / DAY);

export function dueWords(iso: string, today = todayIso()): string {
  const days = daysUntil(iso, today);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  if (days === -1) return 'overdue by 1 day';
  return `overdue by ${-days} days`;
}
