/**
 * Icons are drawn, not typed: a text glyph standing in for an icon (＋, ✓, ✕, ⚙, arrows) renders
 * as an empty box on systems whose fonts lack it (seen on Debian with DejaVu). A glyph may still
 * name a key in words ("Alt+↑"), but never be a control's whole content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const GLYPHS = '＋+✓✔✕✖×⚙←→↑↓▶▸◀⤼↺↻▾▴⋯…✎☰';
/** A JSX text node, or a string literal child, that is nothing but one glyph. */
const ALONE = new RegExp(`(>\\s*[${GLYPHS}]\\s*<)|(\\{\\s*['"][${GLYPHS}]['"]\\s*\\})`, 'u');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

it('uses no text glyph as an icon in the renderer', () => {
  const found = sources(join(root, 'renderer')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${relative(root, file)}:${i + 1}` }))
      .filter(({ line }) => ALONE.test(line))
      .map(({ line, at }) => `${at}: ${line.trim()}`),
  );
  expect(found).toEqual([]);
});
