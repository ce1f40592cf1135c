/**
 * What each page of the built renderer loads before it can run: the gzipped JavaScript of its entry
 * script and every module it preloads, read from the page's own HTML in out/renderer, so the figure
 * is what a browser really fetches, not a guess from the chunk list. Builds first when out/ is
 * missing; run `npm run build` before it to measure the current sources.
 */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureRendererBuilt } from '../../electron/serve/rendererFolder.ts';
import type { BenchRow } from './types.ts';

/** The page files and their budgets, in kB of gzipped JavaScript. */
const PAGES = [
  { page: 'console', html: 'index.html', targetKb: 160 },
  { page: 'presenter', html: 'presenter.html', targetKb: 120 },
] as const;

/** The relative URLs of a page's module scripts and modulepreload links, in document order. */
export function scriptsOf(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag) && /\bsrc=/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload\b/i.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isScript || isPreload) && url) urls.push(url);
  }
  return urls;
}

export async function run(): Promise<BenchRow[]> {
  const folder = ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  return PAGES.map(({ page, html, targetKb }) => {
    const scripts = [...new Set(scriptsOf(readFileSync(join(folder, html), 'utf8')))];
    if (scripts.length === 0) throw new Error(`${html} loads no scripts: is out/renderer built?`);
    const bytes = scripts.reduce(
      (sum, url) => sum + gzipSync(readFileSync(join(folder, normalize(url)))).length,
      0,
    );
    const kb = Math.round(bytes / 100) / 10;
    return {
      name: `${page} page: gzipped JavaScript it loads (${scripts.length} files)`,
      figure: kb,
      unit: 'kB',
      target: `≤ ${targetKb}`,
      met: kb <= targetKb,
    };
  });
}
