/**
 * What the home screen shows for each cohort file, cached by the file's size, mtime and inode so a
 * large, unchanged cohort is not parsed again on every listing.
 */
import { basename } from 'node:path';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { sameStat, unreadableReason } from './CohortFileAdapter.ts';
import type { FileStat, StoreFs } from './fsFacade.ts';

export function listingOf(
  id: string,
  path: string,
  cohort: Cohort,
  modifiedAt: Date,
  readOnly = false,
): CohortListing {
  return {
    ...(readOnly ? { readOnly: true } : {}),
    status: 'ok',
    id,
    name: cohort.name,
    fileName: basename(path),
    members: cohort.members.filter((member) => !member.archived).length,
    sessions: cohort.sessions.length,
    openCommitments: cohort.sessions.reduce(
      (count, session) => count + session.commitments.filter((c) => c.status === 'open').length,
      0,
    ),
    modifiedAt: modifiedAt.toISOString(),
  };
}

export const errorListing = (id: string, path: string, problem: string): CohortListing => ({
  status: 'error',
  id,
  fileName: basename(path),
  problem,
});

export class ListingCache {
  readonly #fs: StoreFs;
  readonly #entries = new Map<string, { stat: FileStat; listing: CohortListing }>();

  constructor(fs: StoreFs) {
    this.#fs = fs;
  }

  /** Records a listing we know to be current (after our own write). */
  remember(path: string, stat: FileStat, listing: CohortListing) {
    this.#entries.set(path, { stat, listing });
  }

  /** The listing for the file as it is on disk now; a missing or unreadable file is an error listing. */
  async describe(id: string, path: string): Promise<CohortListing> {
    let stat: FileStat;
    try {
      stat = await this.#fs.stat(path);
    } catch (error) {
      this.#entries.delete(path);
      const missing = (error as { code?: unknown }).code === 'ENOENT';
      return errorListing(
        id,
        path,
        missing ? 'the file is no longer there' : `the file cannot be read (${String(error)})`,
      );
    }
    const cached = this.#entries.get(path);
    if (cached && sameStat(cached.stat, stat) && cached.stat.writable === stat.writable)
      return cached.listing;
    // Pipes, devices, folders and huge files are described without being read.
    const unreadable = unreadableReason(stat);
    if (unreadable) return errorListing(id, path, unreadable);
    let listing: CohortListing;
    try {
      const decoded = decodeCohortText(await this.#fs.readFile(path));
      listing = decoded.ok
        ? listingOf(id, path, decoded.cohort, new Date(stat.mtimeMs), stat.writable === false)
        : errorListing(id, path, decoded.problem);
    } catch (error) {
      listing = errorListing(
        id,
        path,
        `the file cannot be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    this.#entries.set(path, { stat, listing });
    return listing;
  }
}
