import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  appOriginFor,
  externalLinkTarget,
  isAppUrl,
  pageUrl,
  resolveAppAsset,
} from '../../../electron/main/appUrl.ts';

describe('pages and origins', () => {
  it('serves built pages from app://facilitator', () => {
    expect(appOriginFor(undefined)).toBe(APP_ORIGIN);
    expect(pageUrl('console', APP_ORIGIN)).toBe('app://facilitator/index.html');
    expect(pageUrl('presenter', APP_ORIGIN)).toBe('app://facilitator/presenter.html');
  });

  it('uses the dev server origin while developing', () => {
    const origin = appOriginFor('http://localhost:5173/');
    expect(origin).toBe('http://localhost:5173');
    expect(pageUrl('presenter', origin)).toBe('http://localhost:5173/presenter.html');
  });
});

describe('isAppUrl', () => {
  it('accepts our pages, with any path, query or hash', () => {
    expect(isAppUrl('app://facilitator/index.html', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://facilitator/presenter.html?x=1#top', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('APP://FACILITATOR/index.html', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
  });

  it.each([
    ['another host on our scheme', 'app://evil/index.html'],
    ['a file: URL', 'file:///etc/passwd'],
    ['https elsewhere', 'https://example.com/'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['a lookalike host', 'app://facilitator.evil.com/index.html'],
    ['credentials in the URL', 'app://user:pass@facilitator/index.html'],
    ['something that is not a URL', 'not a url'],
    ['the empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses another port or scheme of the dev server', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/index.html', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/index.html', dev)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const root = join('/app', 'out', 'renderer');

  it('maps app:// paths into the renderer folder, "/" being the console', () => {
    expect(resolveAppAsset(root, 'app://facilitator/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://facilitator/presenter.html')).toBe(
      join(root, 'presenter.html'),
    );
    expect(resolveAppAsset(root, 'app://facilitator/assets/index-1.js?v=2')).toBe(
      join(root, 'assets', 'index-1.js'),
    );
    expect(resolveAppAsset(root, 'app://facilitator/assets/a%20b.css')).toBe(
      join(root, 'assets', 'a b.css'),
    );
  });

  it.each([
    ['dot segments', 'app://facilitator/../../etc/passwd'],
    ['encoded dot segments', 'app://facilitator/%2e%2e/%2e%2e/etc/passwd'],
  ])('keeps %s inside the folder (the URL parser resolves them first)', (_what, url) => {
    expect(resolveAppAsset(root, url)).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    ['an encoded slash', 'app://facilitator/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://facilitator/..%5c..%5cwindows'],
    ['a NUL byte', 'app://facilitator/index.html%00.png'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///app/out/renderer/index.html'],
    ['bad escapes', 'app://facilitator/%E0%A4%A'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('externalLinkTarget', () => {
  it('hands https and mailto links to the OS and nothing else', () => {
    expect(externalLinkTarget('https://example.org/guide')).toBe('https://example.org/guide');
    expect(externalLinkTarget('mailto:team@example.org')).toBe('mailto:team@example.org');
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://x/y',
      'nope',
    ]) {
      expect(externalLinkTarget(url)).toBeNull();
    }
  });
});
