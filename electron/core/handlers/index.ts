/** Every prefix's handlers, one file per prefix: `cohort.*` requests are handled in cohort.ts. */
import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';
import { appHandlers } from './app.ts';
import { cohortHandlers } from './cohort.ts';
import { commitmentHandlers } from './commitment.ts';
import { deckHandlers } from './deck.ts';
import { joinHandlers } from './join.ts';
import { journalHandlers } from './journal.ts';
import { libraryHandlers } from './library.ts';
import { linksHandlers } from './links.ts';
import { liveHandlers } from './live.ts';
import { memberHandlers } from './member.ts';
import { notesHandlers } from './notes.ts';
import { participantHandlers } from './participant.ts';
import { reportHandlers } from './report.ts';
import { roomHandlers } from './room.ts';
import { sessionHandlers } from './session.ts';
import { shellHandlers } from './shell.ts';

export const coreHandlers = (services: CoreServices): Handlers => ({
  ...appHandlers(services),
  ...cohortHandlers(services),
  ...commitmentHandlers(services),
  ...deckHandlers(services),
  ...joinHandlers(services),
  ...journalHandlers(services),
  ...libraryHandlers(services),
  ...linksHandlers(services),
  ...liveHandlers(services),
  ...memberHandlers(services),
  ...notesHandlers(services),
  ...participantHandlers(services),
  ...reportHandlers(services),
  ...roomHandlers(services),
  ...sessionHandlers(services),
  ...shellHandlers(services),
});
