/** The browser host's links: replacing them revokes every address shared so far. */
import { z } from 'zod';
import { noInput } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';

export const LinksSchema = z.object({
  /** The console's page with its new token, for the console to reopen itself on. */
  consolePath: z.string(),
  /** The presenter's page with its new token. */
  presenterPath: z.string(),
});
export type Links = z.infer<typeof LinksSchema>;

export const linksRequests = {
  /** New tokens for the console and the presenter; open pages with the old ones are closed. */
  'links.renew': command(noInput, LinksSchema, { audience: CONSOLE, changes: [] }),
} as const;
