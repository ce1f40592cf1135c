/** The demo cohort the app ships, as the store reads it: the report tests' fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CohortSchema } from '../../../shared/cohort/schema.ts';

export const demo = CohortSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../build/demo/Demo — Product leads circle.cohort'),
      'utf8',
    ),
  ),
);
