import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  cspMetaTag,
  cspOfHtml,
  withCspHeader,
} from '../../../electron/core/security/contentSecurityPolicy.ts';
import { ensureBuilt, OUT, PROJECT_ROOT } from './support/built.ts';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts, and everything by default, from the app itself only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('allows inline styles (framer-motion), data: images and the WebSocket', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'ws:']));
  });

  it('forbids plugins, <base> and form posts, and leaves frame-ancestors out (ignored in a meta)', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('relaxes only script-src, and only for the dev server', () => {
    const dev = directives(DEV_CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    dev.delete('script-src');
    policy.forEach((sources, name) => {
      if (name !== 'script-src') expect(dev.get(name)).toEqual(sources);
    });
  });

  it('reads back from its own meta tag', () => {
    expect(cspOfHtml(`<head>${cspMetaTag()}</head>`)).toBe(CONTENT_SECURITY_POLICY);
    expect(cspOfHtml('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });

  it('replaces any policy header already in a response, whatever its case', () => {
    const headers = withCspHeader({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withCspHeader(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('the pages carry the policy', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  for (const page of ['index.html', 'presenter.html']) {
    it(`renderer/${page} declares it`, () => {
      const html = readFileSync(join(PROJECT_ROOT, 'renderer', page), 'utf8');
      expect(cspOfHtml(html)).toBe(CONTENT_SECURITY_POLICY);
    });

    it(`the built out/renderer/${page} still declares it, before any script`, () => {
      const html = readFileSync(join(OUT, 'renderer', page), 'utf8');
      expect(cspOfHtml(html)).toBe(CONTENT_SECURITY_POLICY);
      expect(html.search(/Content-Security-Policy/)).toBeLessThan(html.search(/<script/));
    });

    it(`the built ${page} loads its assets by relative URLs (servable by any HTTP server)`, () => {
      const html = readFileSync(join(OUT, 'renderer', page), 'utf8');
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^\.\//);
    });
  }
});
