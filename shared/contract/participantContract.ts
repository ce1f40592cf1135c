/**
 * The participant's phone's bridge: its own requests, the host's clock for its timers, and the one
 * event it hears (its own view). The phone's page loads only these schemas.
 */
import { ParticipantViewSchema } from '../participants/participantViewSchema.ts';
import { event } from './eventSpec.ts';
import { appRequests } from './requests/app.ts';
import { PARTICIPANT, participantRequests } from './requests/participant.ts';
import type { ViewContract } from './viewContract.ts';

export const participantEvents = {
  /** One phone's own view (shared/participants/participantView.ts): sent to that phone alone. */
  'participant.view': event(ParticipantViewSchema, PARTICIPANT),
} as const;

export const participantContract = {
  requests: { ...participantRequests, 'app.clock': appRequests['app.clock'] },
  events: participantEvents,
} as const satisfies ViewContract;
