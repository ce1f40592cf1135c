/** A session record as the file holds it, with nothing in it but what a test gives. */
import type { Session } from '../../../shared/cohort/schema.ts';

export const pastSession = (fields: Pick<Session, 'id' | 'date'> & Partial<Session>): Session => ({
  title: '',
  attendance: [],
  roles: {},
  agenda: [],
  challenges: [],
  runLog: [],
  notes: [],
  commitments: [],
  progressUpdates: [],
  askCounts: {},
  airtime: [],
  ...fields,
});
