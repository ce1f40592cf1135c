/**
 * Reads the text of a cohort file into a valid, current-format cohort, or says in words what is
 * wrong with it. Pure: the store decides what to do with the answer (a bad file is never written).
 */
import { findDuplicateId } from './uniqueIds.ts';
import { migrate, MigrationProblem, type CohortDocument } from './migrations.ts';
import { describeCohortIssue, describePlace, quote } from './problemWords.ts';
import { CohortSchema, type Cohort } from './schema.ts';

export type Decoded =
  | {
      ok: true;
      cohort: Cohort;
      /** The format version on disk; lower than current when migrated. */ fromVersion: number;
    }
  | { ok: false; problem: string };

const problem = (text: string): Decoded => ({ ok: false, problem: text });

function describeJsonError(error: unknown, length: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
  if (/end of (JSON )?input|Unterminated/i.test(message) || position >= length) {
    return 'the file is not complete JSON: it ends too early (it may have been cut off)';
  }
  const at = /position (\d+)/.exec(message);
  return at
    ? `the file is not valid JSON: unexpected text at character ${at[1]}`
    : 'the file is not valid JSON';
}

/** Parses, migrates and validates the text of a `.cohort` file. Never throws. */
export function decodeCohortText(text: string): Decoded {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return problem('the file is empty');
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (error) {
      return problem(describeJsonError(error, body.trimEnd().length));
    }
    return decodeCohortValue(raw);
  } catch (error) {
    return problem(
      `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Migrates and validates an already parsed document. Never throws. */
export function decodeCohortValue(raw: unknown): Decoded {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return problem('the file does not hold a cohort (it is not a group of fields)');
    }
    const version = (raw as CohortDocument)['schemaVersion'];
    if (version === undefined) return problem('format version (schemaVersion) is missing');
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      return problem(`format version ${quote(version)} is not a whole number`);
    }
    const { doc, fromVersion } = migrate(raw as CohortDocument);
    const parsed = CohortSchema.safeParse(doc, { reportInput: true });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return problem(first ? describeCohortIssue(first) : 'the cohort is not valid');
    }
    const duplicate = findDuplicateId(parsed.data);
    if (duplicate)
      return problem(`${describePlace(duplicate.path)} ${quote(duplicate.id)} is used twice`);
    return { ok: true, cohort: parsed.data, fromVersion };
  } catch (error) {
    if (error instanceof MigrationProblem) return problem(error.message);
    return problem(
      `the cohort could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
