/**
 * Moves a cohort document forward from the format version it was written in to the current one,
 * one pure step per version. A step takes a document of version N and returns one of version N+1;
 * it never changes its input. The store backs up the original before writing a migrated file.
 */
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

export type CohortDocument = Record<string, unknown>;
export type MigrationStep = (doc: CohortDocument) => CohortDocument;

/** Thrown when a document cannot be moved forward; the message is in words. */
export class MigrationProblem extends Error {
  override name = 'MigrationProblem';
}

/**
 * Version 0 was the pre-release format: members were plain name strings. Version 1 gives each
 * member an id, a role, strengths and an archived flag. Ids are derived from the position so the
 * step stays pure; once written they are stable like any other id.
 */
export const fromVersion0: MigrationStep = (doc) => {
  const members = doc['members'];
  if (members !== undefined && !Array.isArray(members)) {
    throw new MigrationProblem('members should be a list of names in a format 0 file');
  }
  const migrated = (members ?? []).map((member: unknown, index: number) => {
    if (typeof member !== 'string') return member;
    return { id: `member-${index + 1}`, name: member, role: '', strengths: [], archived: false };
  });
  return { ...doc, schemaVersion: 1, members: migrated };
};

/** Step N turns version N into N+1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  0: fromVersion0,
};

export interface Migrated {
  doc: CohortDocument;
  /** The version the document was written in; equal to the target when nothing was done. */
  fromVersion: number;
}

export function migrate(
  doc: CohortDocument,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Migrated {
  const fromVersion = doc['schemaVersion'];
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 0) {
    throw new MigrationProblem(`format version ${String(fromVersion)} is not a known version`);
  }
  if (fromVersion > target) {
    throw new MigrationProblem(
      `was saved by a newer version of Facilitator Console (format ${fromVersion}; this version reads up to format ${target})`,
    );
  }
  let current = doc;
  for (let version = fromVersion; version < target; version += 1) {
    const step = steps[version];
    if (!step) throw new MigrationProblem(`format version ${version} cannot be converted`);
    current = step(current);
    if (current['schemaVersion'] !== version + 1) {
      throw new MigrationProblem(
        `converting from format ${version} did not reach format ${version + 1}`,
      );
    }
  }
  return { doc: current, fromVersion };
}
