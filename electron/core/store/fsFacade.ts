/**
 * The few file-system calls the store makes, behind one small interface so tests can inject
 * faults (a full disk, a read-only folder) without touching the real disk's behaviour.
 */
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface StoreFs {
  readFile(path: string): Promise<string>;
  /** Creates or replaces a file and fsyncs it before resolving. */
  writeFileDurable(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Copies without replacing an existing file. */
  /** Copies to a new file (never over one) and fsyncs the copy. */
  copyFile(from: string, to: string): Promise<void>;
  /** Makes a rename inside the folder durable, where the platform allows it. */
  fsyncDir(path: string): Promise<void>;
}

export const nodeFs: StoreFs = {
  readFile: (path) => fsp.readFile(path, 'utf8'),
  async writeFileDurable(path, text) {
    const handle = await fsp.open(path, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async stat(path) {
    const stats = await fsp.stat(path);
    return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
  },
  readdir: (path) => fsp.readdir(path),
  async mkdir(path) {
    await fsp.mkdir(path, { recursive: true });
  },
  async copyFile(from, to) {
    await fsp.copyFile(from, to, constants.COPYFILE_EXCL);
    // A backup is only worth keeping if it is on the disk, not in a cache, when we rely on it.
    const handle = await fsp.open(to, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async fsyncDir(path) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch (error) {
      // Windows cannot open or sync a directory; the rename is still atomic there.
      if (!isErrno(error, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'EBADF')) throw error;
    } finally {
      await handle?.close();
    }
  },
};

export function isErrno(error: unknown, ...codes: string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    codes.includes(String((error as { code?: unknown }).code))
  );
}
