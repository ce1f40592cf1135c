/**
 * Every request a view can send to the host, declared once, grouped by domain in requests/.
 * A command changes something and needs the console's rights; a query only reads. Input is
 * validated by the host on receipt, output by the view on receipt.
 */
import type { z } from 'zod';
import { appRequests } from './requests/app.ts';
import { cohortRequests } from './requests/cohort.ts';
import { followUpRequests } from './requests/followUp.ts';
import { liveRequests } from './requests/live.ts';
import { storeRequests } from './requests/store.ts';
import type { RequestSpec } from './spec.ts';

export const requests = {
  ...appRequests,
  ...cohortRequests,
  ...followUpRequests,
  ...liveRequests,
  ...storeRequests,
} as const satisfies Record<string, RequestSpec>;

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestInput<K extends RequestName> = z.input<Requests[K]['input']>;
export type ParsedInput<K extends RequestName> = z.output<Requests[K]['input']>;
export type RequestOutput<K extends RequestName> = z.output<Requests[K]['output']>;

export const isRequestName = (name: string): name is RequestName =>
  Object.prototype.hasOwnProperty.call(requests, name);
