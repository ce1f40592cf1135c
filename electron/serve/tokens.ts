/**
 * The browser host's access tokens: the console's may command, the presenter's sees the room only.
 * A token travels in the page's address once and in the WebSocket's; never in a cookie, which
 * every other server on the same machine would receive too.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Role as ContractRole } from '../../shared/contract/index.ts';
import type { AccessTokens } from '../core/settings/accessTokens.ts';

/** The roles a browser host hands shared tokens to; phones get their own from the join desk. */
export type Role = Extract<ContractRole, 'console' | 'presenter'>;
/** Every role that reaches the browser host, participants' phones included. */
export type VisitorRole = ContractRole;

export type Tokens = AccessTokens;

const same = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function roleOf(tokens: Tokens, candidate: string | null | undefined): Role | null {
  if (!candidate) return null;
  if (same(candidate, tokens.console)) return 'console';
  if (same(candidate, tokens.presenter)) return 'presenter';
  return null;
}
