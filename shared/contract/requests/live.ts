/**
 * Running a session: opening (or rejoining) its live run, its current state, the facilitator's
 * commands. The console follows the run through 'live.state'; the room through 'room.view'.
 */
import { z } from 'zod';
import { LiveCommandSchema } from '../../live/commands.ts';
import { LiveSnapshotSchema } from '../../live/snapshot.ts';
import { noInput, sessionRef } from '../fields.ts';
import { command, CONSOLE, query } from '../spec.ts';

export const liveRequests = {
  /** Starts the live run of a session (or rejoins it); the room follows this session from now on. */
  'live.open': command(sessionRef.strict(), LiveSnapshotSchema, {
    audience: CONSOLE,
    changes: ['live', 'room'],
  }),
  /** The full current state of a running session. */
  'live.state': query(sessionRef.strict(), LiveSnapshotSchema, { audience: CONSOLE }),
  /** Sessions running in the host now. */
  'live.running': query(
    noInput,
    z.object({
      sessions: z.array(z.object({ cohortId: z.string(), sessionId: z.string(), seq: z.number() })),
    }),
    { audience: CONSOLE },
  ),
  /** One facilitator action on the running session; the new state arrives as 'live.state'. */
  'live.command': command(
    sessionRef.extend({ command: LiveCommandSchema }).strict(),
    z.object({ seq: z.number().int(), changed: z.boolean() }),
    { audience: CONSOLE, changes: ['live'] },
  ),
} as const;
