import { describe, expect, it } from 'vitest';
import { allowedHosts, checkVisit, isLoopback } from '../../../electron/serve/access.ts';
import { lanAddresses } from '../../../electron/serve/lanAddresses.ts';

const local = { port: 4173, lanAddresses: [] };
const lan = { port: 4173, lanAddresses: ['192.0.2.10', '2001:db8::5'] };
const visit = (over: Partial<Parameters<typeof checkVisit>[1]> = {}) => ({
  host: '127.0.0.1:4173',
  origin: undefined,
  remoteAddress: '127.0.0.1',
  role: 'console' as const,
  ...over,
});

describe('who may reach the browser host', () => {
  it('knows loopback peers, IPv4-mapped ones included, from everything else', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(address), address).toBe(true);
    for (const address of ['192.0.2.10', '::ffff:192.0.2.10', '10.0.0.1', 'fe80::1', '', undefined])
      expect(isLoopback(address), String(address)).toBe(false);
  });

  it('names this host only: loopback names, and with --lan its own addresses, at its port', () => {
    expect([...allowedHosts(local)].sort()).toEqual([
      '127.0.0.1:4173',
      '[::1]:4173',
      'localhost:4173',
    ]);
    expect(allowedHosts(lan)).toContain('192.0.2.10:4173');
    expect(allowedHosts(lan)).toContain('[2001:db8::5]:4173');
  });

  it('refuses a Host header of another name (DNS rebinding) or another port', () => {
    for (const host of ['evil.example:4173', '127.0.0.1:5000', undefined, '192.0.2.10:4173']) {
      expect(checkVisit(local, visit({ host })), String(host)).toMatchObject({
        ok: false,
        status: 421,
      });
    }
  });

  it("refuses a browser page of another origin, even on this machine's other ports", () => {
    for (const origin of [
      'http://127.0.0.1:5000',
      'http://localhost:8080',
      'https://127.0.0.1:4173',
      'http://evil.example',
      'null',
      'not a url',
    ]) {
      expect(checkVisit(local, visit({ origin })), origin).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    expect(checkVisit(local, visit({ origin: 'http://127.0.0.1:4173' }))).toEqual({ ok: true });
    expect(checkVisit(local, visit({ origin: 'http://localhost:4173' }))).toEqual({ ok: true });
  });

  it('serves the console to this machine only, even with --lan; the presenter to the network', () => {
    const fromTheRoom = { host: '192.0.2.10:4173', remoteAddress: '192.0.2.77' };
    expect(checkVisit(lan, visit(fromTheRoom))).toMatchObject({ ok: false, status: 403 });
    expect(checkVisit(lan, visit({ ...fromTheRoom, role: 'presenter' }))).toEqual({ ok: true });
    expect(checkVisit(lan, visit({ host: '192.0.2.10:4173' }))).toEqual({ ok: true });
  });

  it('lists the network addresses to share, IPv4 first, without loopback or link-local', () => {
    const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({
      address,
      family,
      internal,
      netmask: '',
      mac: '',
      cidr: null,
      ...(family === 'IPv6' ? { scopeid: 0 } : {}),
    });
    expect(
      lanAddresses({
        lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
        wlan0: [
          entry('fe80::1', 'IPv6'),
          entry('2001:db8::5', 'IPv6'),
          entry('192.0.2.10', 'IPv4'),
        ],
      } as never),
    ).toEqual(['192.0.2.10', '2001:db8::5']);
  });
});
