/**
 * Every request a view can send to the host, declared once. Requests are grouped by the prefix of
 * their name: `cohort.*` is declared in requests/cohort.ts and handled in
 * electron/core/handlers/cohort.ts, so a request's code is found from its name alone. Input is
 * validated by the host on receipt, output by the view on receipt.
 */
import type { z } from 'zod';
import { appRequests } from './requests/app.ts';
import { cohortRequests } from './requests/cohort.ts';
import { commitmentRequests } from './requests/commitment.ts';
import { deckRequests } from './requests/deck.ts';
import { joinRequests } from './requests/join.ts';
import { journalRequests } from './requests/journal.ts';
import { libraryRequests } from './requests/library.ts';
import { linksRequests } from './requests/links.ts';
import { liveRequests } from './requests/live.ts';
import { memberRequests } from './requests/member.ts';
import { notesRequests } from './requests/notes.ts';
import { participantRequests } from './requests/participant.ts';
import { reportRequests } from './requests/report.ts';
import { roomRequests } from './requests/room.ts';
import { sessionRequests } from './requests/session.ts';
import { shellRequests } from './requests/shell.ts';
import type { RequestSpec } from './spec.ts';

/** Each prefix's requests, from the file of that name; a request under another prefix fails to compile. */
const byPrefix = {
  app: appRequests,
  cohort: cohortRequests,
  commitment: commitmentRequests,
  deck: deckRequests,
  join: joinRequests,
  journal: journalRequests,
  library: libraryRequests,
  links: linksRequests,
  live: liveRequests,
  member: memberRequests,
  notes: notesRequests,
  participant: participantRequests,
  report: reportRequests,
  room: roomRequests,
  session: sessionRequests,
  shell: shellRequests,
} as const satisfies { [P in string]: Record<`${P}.${string}`, RequestSpec> };

export type RequestPrefix = keyof typeof byPrefix;

export const requests = {
  ...appRequests,
  ...cohortRequests,
  ...commitmentRequests,
  ...deckRequests,
  ...joinRequests,
  ...journalRequests,
  ...libraryRequests,
  ...linksRequests,
  ...liveRequests,
  ...memberRequests,
  ...notesRequests,
  ...participantRequests,
  ...reportRequests,
  ...roomRequests,
  ...sessionRequests,
  ...shellRequests,
} as const satisfies Record<string, RequestSpec>;

export const REQUEST_PREFIXES = Object.keys(byPrefix) as RequestPrefix[];

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestInput<K extends RequestName> = z.input<Requests[K]['input']>;
export type ParsedInput<K extends RequestName> = z.output<Requests[K]['input']>;
export type RequestOutput<K extends RequestName> = z.output<Requests[K]['output']>;
/** The requests under one prefix: `RequestsOf<'cohort'>` is 'cohort.create' | 'cohort.get' | … */
export type RequestsOf<P extends RequestPrefix> = Extract<RequestName, `${P}.${string}`>;

export const isRequestName = (name: string): name is RequestName =>
  Object.prototype.hasOwnProperty.call(requests, name);

/** Requests that change a cohort name it in their input, so the host can say which one changed. */
type CohortChanging = {
  [K in RequestName]: 'cohort' extends Requests[K]['changes'][number] ? K : never;
}[RequestName];
type Holds<T extends true> = T;
export type CohortChangesNameTheirCohort = Holds<
  {
    [K in CohortChanging]: ParsedInput<K> extends { cohortId: string } ? true : false;
  }[CohortChanging]
>;
