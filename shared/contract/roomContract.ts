/**
 * The room's screen's bridge: what the presenter asks (who it is, the host's clock, the room view)
 * and the one event it follows. A unit test checks this is exactly the contract's room audience.
 */
import { appRequests } from './requests/app.ts';
import { roomRequests } from './requests/room.ts';
import { roomEvents } from './roomEvents.ts';
import type { ViewContract } from './viewContract.ts';

export const roomContract = {
  requests: {
    'app.info': appRequests['app.info'],
    'app.clock': appRequests['app.clock'],
    'room.view': roomRequests['room.view'],
  },
  events: roomEvents,
} as const satisfies ViewContract;
