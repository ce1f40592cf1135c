/**
 * Letting participants join a running session from their phones: the console opens and closes
 * joining, sees who joined, admits guests and second phones, and removes a device.
 */
import { z } from 'zod';
import { entityId, sessionRef } from '../fields.ts';
import { command, CONSOLE, query } from '../spec.ts';

export const JoinDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['pending', 'admitted']),
  guest: z.boolean(),
  /** Why a device waits: a guest to admit, or a name another phone already holds. */
  waitsFor: z.enum(['guest', 'second-phone']).nullable(),
  joinedAt: z.string(),
  connected: z.boolean(),
});
export type JoinDevice = z.infer<typeof JoinDeviceSchema>;

export const JoinStateSchema = z.object({
  cohortId: z.string(),
  sessionId: z.string(),
  open: z.boolean(),
  /** Null while joining is closed. */
  code: z.string().nullable(),
  /** The addresses phones open, with the code; empty when the host cannot be reached on a network. */
  addresses: z.array(z.string()),
  /** Why phones cannot reach the host, in words, when they cannot. */
  unreachable: z.string().nullable(),
  devices: z.array(JoinDeviceSchema),
});
export type JoinState = z.infer<typeof JoinStateSchema>;

const device = sessionRef.extend({ deviceId: entityId }).strict();
const changes = { audience: CONSOLE, changes: [] } as const;

export const joinRequests = {
  'join.state': query(sessionRef.strict(), JoinStateSchema, { audience: CONSOLE }),
  /** Lets participants join: a fresh join code for the session (the old one stops working). */
  'join.open': command(sessionRef.strict(), JoinStateSchema, changes),
  /** Stops new phones from joining; those already in stay. */
  'join.close': command(sessionRef.strict(), JoinStateSchema, changes),
  'join.admit': command(device, JoinStateSchema, changes),
  /** Removes a device: its token is revoked and its connection closed. */
  'join.remove': command(device, JoinStateSchema, changes),
} as const;
