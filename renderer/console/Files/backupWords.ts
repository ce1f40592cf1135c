/** A backup in words: when it was taken and what it holds. */
import type { BackupSummary } from '../../../shared/contract/library.ts';
import { plural, relativeTime } from '../../ui/format/relativeTime.ts';

export function backupDate(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const backupAge = (at: string) => relativeTime(at);

export function backupContents(backup: BackupSummary): string {
  return [
    plural(backup.sessions, 'session'),
    plural(backup.notes, 'note'),
    plural(backup.commitments, 'commitment'),
  ].join(' · ');
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
