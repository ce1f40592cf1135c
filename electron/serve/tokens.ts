/** The two access tokens of a browser host: the console's may command, the presenter's only reads. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role as ContractRole } from '../../shared/contract/index.ts';

/** The roles a browser host hands tokens to (participants join from the participants' page). */
export type Role = Extract<ContractRole, 'console' | 'presenter'>;

export interface Tokens {
  console: string;
  presenter: string;
}

export const createTokens = (): Tokens => ({
  console: randomBytes(18).toString('base64url'),
  presenter: randomBytes(18).toString('base64url'),
});

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

/** Cookie names per role, so a console and a presenter tab in one browser do not overwrite each other. */
export const cookieName = (role: Role) => `fc_${role}`;

export function rolesFromCookies(tokens: Tokens, header: string | undefined): Role[] {
  if (!header) return [];
  const roles: Role[] = [];
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    const role = roleOf(tokens, rest.join('='));
    if (role && name === cookieName(role)) roles.push(role);
  }
  return roles;
}
