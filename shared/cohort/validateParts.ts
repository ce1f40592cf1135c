/**
 * Validates only the parts of a cohort a change touched, so an edit to a 10 MB cohort costs a
 * session's worth of checking rather than the whole file's.
 */
import type { z } from 'zod';
import { describeCohortIssue } from './problemWords.ts';
import {
  CohortSchema,
  JournalEntrySchema,
  MemberSchema,
  SessionSchema,
  type Cohort,
} from './schema.ts';

const ITEM_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  sessions: SessionSchema,
  members: MemberSchema,
  journal: JournalEntrySchema,
};

const TOP_LEVEL = CohortSchema.shape as Readonly<Record<string, z.ZodType>>;

/**
 * Checks the parts of `cohort` a change touched and, when all are valid, puts their parsed form
 * (defaults filled in) in place. Returns the first problem in words, changing nothing, otherwise.
 */
export function settleTouchedParts(
  cohort: Cohort,
  touched: readonly (readonly (string | number)[])[],
): string | undefined {
  const done = new Set<string>();
  const record = cohort as unknown as Record<string, unknown>;
  const settled: (() => void)[] = [];
  for (const path of touched) {
    const [key, index] = path;
    if (typeof key !== 'string') continue;
    const itemSchema = ITEM_SCHEMAS[key];
    const byItem = itemSchema !== undefined && typeof index === 'number';
    const unit = byItem ? `${key}/${index}` : key;
    if (done.has(unit) || (itemSchema && index === 'length')) continue;
    done.add(unit);
    const schema = byItem ? itemSchema : TOP_LEVEL[key];
    if (!schema) continue;
    const list = record[key];
    const value = byItem ? (Array.isArray(list) ? list[index] : undefined) : record[key];
    if (byItem && value === undefined) continue;
    const parsed = schema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const prefix = byItem ? [key, index] : [key];
      return describeCohortIssue({ ...issue, path: [...prefix, ...issue.path] });
    }
    if (byItem) settled.push(() => ((list as unknown[])[index] = parsed.data));
    else settled.push(() => (record[key] = parsed.data));
  }
  for (const settle of settled) settle();
  return undefined;
}
