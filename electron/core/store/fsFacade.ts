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
  /** Permission bits (`mode & 0o7777`); 0 when the platform does not say. */
  mode?: number;
  /** What the path is once links are followed: only a 'file' is ever read as a cohort. */
  kind?: 'file' | 'directory' | 'other';
  /** False when the file must not be written: no write permission bits, or no access to write. */
  writable?: boolean;
}

/** What a path itself is, without following a link. */
export interface LinkStat {
  symlink: boolean;
}

const kindOf = (stats: { isFile(): boolean; isDirectory(): boolean }): FileStat['kind'] =>
  stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';

export interface StoreFs {
  readFile(path: string): Promise<string>;
  /** Creates or replaces a file and fsyncs it before resolving. */
  writeFileDurable(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Copies to a new file (never over one) and fsyncs the copy. */
  copyFile(from: string, to: string): Promise<void>;
  /** Makes a rename inside the folder durable, where the platform allows it. */
  fsyncDir(path: string): Promise<void>;
  /** Appends to a file (creating it) and fsyncs it before resolving: the journal's one write. */
  appendFileDurable(path: string, text: string): Promise<void>;
  /** Gives `from` the second name `to`, failing with EEXIST if `to` exists: an exclusive create. */
  linkExclusive(from: string, to: string): Promise<void>;
  /** Writes a new file, failing with EEXIST if it exists (where hard links are not supported). */
  writeFileExclusive(path: string, text: string): Promise<void>;
  lstat(path: string): Promise<LinkStat>;
  /** The path with every link resolved. */
  realpath(path: string): Promise<string>;
}

async function writeAndSync(path: string, text: string, flags: string): Promise<void> {
  const handle = await fsp.open(path, flags);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const nodeFs: StoreFs = {
  readFile: (path) => fsp.readFile(path, 'utf8'),
  writeFileDurable: (path, text) => writeAndSync(path, text, 'w'),
  appendFileDurable: (path, text) => writeAndSync(path, text, 'a'),
  writeFileExclusive: (path, text) => writeAndSync(path, text, 'wx'),
  linkExclusive: (from, to) => fsp.link(from, to),
  async lstat(path) {
    return { symlink: (await fsp.lstat(path)).isSymbolicLink() };
  },
  realpath: (path) => fsp.realpath(path),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async stat(path) {
    const stats = await fsp.stat(path);
    const writable =
      (stats.mode & 0o222) !== 0 &&
      (await fsp.access(path, constants.W_OK).then(
        () => true,
        () => false,
      ));
    return {
      writable,
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      ino: stats.ino,
      mode: stats.mode & 0o7777,
      kind: kindOf(stats),
    };
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
