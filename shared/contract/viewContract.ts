/**
 * What one page's bridge knows: the requests it may send and the events it may receive, each with
 * its schemas. The console's is the whole contract; the room's screen has a table of its own
 * (roomContract.ts), so the presenter's page does not load the schemas of everything else.
 */
import type { Events } from './events.ts';
import type { Requests } from './requests.ts';

export interface ViewContract {
  requests: Partial<Requests>;
  events: Partial<Events>;
}
