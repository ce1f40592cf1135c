/** Why a write failed, in words a facilitator can act on. */
import { isErrno } from './fsFacade.ts';

/** With `retryMs`, says that the edits are kept and when the write is tried again. */
export function describeWriteError(fileName: string, error: unknown, retryMs?: number): string {
  const retry =
    retryMs === undefined
      ? ''
      : `Your changes are kept; trying again in ${Math.max(1, Math.round(retryMs / 1000))} s. You can also save a copy elsewhere.`;
  if (isErrno(error, 'ENOSPC', 'EDQUOT'))
    return `${fileName} could not be saved: the disk is full. ${retry}`.trim();
  if (isErrno(error, 'EACCES', 'EPERM', 'EROFS')) {
    return `${fileName} could not be saved: the folder is read-only or you do not have permission to write there. ${retry}`.trim();
  }
  if (isErrno(error, 'ENOENT', 'ENOTDIR')) {
    return `${fileName} could not be saved: its folder is no longer there (was a drive removed?). ${retry}`.trim();
  }
  if (isErrno(error, 'EIO', 'ENXIO', 'ENODEV'))
    return `${fileName} could not be saved: the disk did not respond. ${retry}`.trim();
  const detail = error instanceof Error ? error.message : String(error);
  return `${fileName} could not be saved (${detail}). ${retry}`.trim();
}
