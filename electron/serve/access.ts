/**
 * Who may reach the browser host, and from where: pure decisions, tested without a server.
 * - The Host header must name this host (127.0.0.1, localhost, [::1], or with --lan one of the
 *   machine's own addresses) at its port: a page on another site that rebinds its DNS name to this
 *   machine gets nothing.
 * - A browser's Origin, when sent, must be this host: a page on another port or site cannot open a
 *   WebSocket with a token it learned.
 * - The console is reachable from the laptop itself only (loopback), even with --lan: other
 *   machines on the network get the room's views, never the console.
 */
import type { VisitorRole } from './tokens.ts';

export interface AccessPolicy {
  port: number;
  /** The machine's own network addresses that --lan serves on (none without --lan). */
  lanAddresses: readonly string[];
}

export type AccessVerdict = { ok: true } | { ok: false; status: 403 | 421; reason: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether a peer address is this machine: 127.0.0.0/8, ::1, or either mapped into IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

const bracketed = (address: string) => (address.includes(':') ? `[${address}]` : address);

/** Every `host:port` a visitor may name in the Host header. */
export function allowedHosts(policy: AccessPolicy): Set<string> {
  const names = [...LOOPBACK_NAMES, ...policy.lanAddresses.map(bracketed)];
  return new Set(names.map((name) => `${name}:${policy.port}`.toLowerCase()));
}

export interface Visit {
  host: string | undefined;
  origin: string | undefined;
  remoteAddress: string | undefined;
  role: VisitorRole;
}

export function checkVisit(policy: AccessPolicy, visit: Visit): AccessVerdict {
  const hosts = allowedHosts(policy);
  const host = visit.host?.toLowerCase();
  if (!host || !hosts.has(host)) {
    return {
      ok: false,
      status: 421,
      reason: 'This address does not name the Facilitator Console.',
    };
  }
  if (visit.origin !== undefined && visit.origin !== 'null') {
    let origin: URL | undefined;
    try {
      origin = new URL(visit.origin);
    } catch {
      origin = undefined;
    }
    if (!origin || origin.protocol !== 'http:' || !hosts.has(origin.host.toLowerCase())) {
      return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
    }
  } else if (visit.origin === 'null') {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (visit.role === 'console' && !isLoopback(visit.remoteAddress)) {
    return {
      ok: false,
      status: 403,
      reason: 'The console opens only on the computer running the Facilitator Console.',
    };
  }
  return { ok: true };
}
