/**
 * Styles have an owner. Each feature folder's styles are CSS modules beside its components, so
 * a class cannot leak into another screen; only the theme (tokens and resets), the timer face (which
 * the room's screen restyles) and the room's screen (renderer/room) are global. No class is defined in two feature folders
 * (the live session's settings and the Settings screen both once defined .settings, and the built
 * stylesheet mixed them), a component reads only classes its module defines, and no colour is
 * written anywhere but in the theme's tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const renderer = join(root, 'renderer');
// The participants' page is a page of its own, like the room's screen: one stylesheet, prefixed.
const GLOBAL = [
  'renderer/ui/theme.css',
  'renderer/ui/Timer/timer.css',
  'renderer/room/room.css',
  'renderer/participant/participant.css',
];
const THEME = 'renderer/ui/theme.css';

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
const stylesheets = filesUnder(renderer, /\.css$/);
const read = (file: string) =>
  readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Innermost rules of a stylesheet: the selector and the declarations of each. */
function rules(css: string): { selector: string; body: string }[] {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector = '', body = '']) => ({
    selector: selector.trim(),
    body,
  }));
}
const classesOf = (selector: string) =>
  [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name ?? '');

/** The folder that owns a stylesheet: a feature folder of the console, the presenter, or ui. */
function ownerOf(file: string): string {
  const parts = file.split('/');
  if (parts[1] === 'console') return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

describe('stylesheets', () => {
  it('are found', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
    for (const file of GLOBAL) expect(stylesheets).toContain(file);
  });

  it('are CSS modules, except the theme, the timer face, the room screen and the phone page', () => {
    const global = stylesheets.filter((file) => !file.endsWith('.module.css'));
    expect(global).toEqual([...GLOBAL].sort());
  });

  it('define no class in two feature folders', () => {
    const owners = new Map<string, Set<string>>();
    for (const file of stylesheets) {
      const owner = ownerOf(file);
      if (owner === 'renderer/ui') continue;
      for (const { selector } of rules(read(file)))
        for (const name of classesOf(selector)) {
          const set = owners.get(name) ?? new Set<string>();
          set.add(owner);
          owners.set(name, set);
        }
    }
    const shared = [...owners].filter(([, set]) => set.size > 1).map(([name]) => name);
    expect(shared).toEqual([]);
  });

  it('leave the classes of a global stylesheet to it, but for the room screen restyling the timer', () => {
    const globalClasses = new Map<string, string>();
    for (const file of GLOBAL)
      for (const { selector } of rules(read(file)))
        for (const name of classesOf(selector))
          if (!globalClasses.has(name)) globalClasses.set(name, file);
    const clashes: string[] = [];
    for (const file of stylesheets)
      for (const { selector } of rules(read(file)))
        for (const name of classesOf(selector)) {
          const home = globalClasses.get(name);
          if (!home || home === file) continue;
          const presenterOnTimer =
            file === 'renderer/room/room.css' && home === 'renderer/ui/Timer/timer.css';
          if (!presenterOnTimer) clashes.push(`${file}: .${name} (of ${home})`);
        }
    expect(clashes).toEqual([]);
  });
});

describe('class names in components', () => {
  // A CSS module's type lets any name through, so a misspelt one would quietly be undefined.
  const defined = (file: string) =>
    new Set(rules(read(file)).flatMap(({ selector }) => classesOf(selector)));

  it('are defined in the module they are read from, and every class of a module is used', () => {
    const used = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const file of filesUnder(renderer, /\.tsx$/)) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [, name = '', from = ''] of source.matchAll(
        /^import (\w+) from '([^']+\.module\.css)';$/gm,
      )) {
        const module = relative(root, join(root, file, '..', from))
          .split(sep)
          .join('/');
        const classes = defined(module);
        const seen = used.get(module) ?? new Set<string>();
        used.set(module, seen);
        const body = source.replace(/^import .*$/gm, '');
        for (const [, key = ''] of body.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
          seen.add(key);
          if (!classes.has(key)) missing.push(`${file}: ${name}.${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
    const unused: string[] = [];
    for (const file of stylesheets.filter((f) => f.endsWith('.module.css'))) {
      const composed = new Set(
        [...read(file).matchAll(/composes:\s*([\w\s]+);/g)].flatMap(([, names = '']) =>
          names.trim().split(/\s+/),
        ),
      );
      for (const name of defined(file))
        if (!used.get(file)?.has(name) && !composed.has(name)) unused.push(`${file}: .${name}`);
    }
    expect(unused).toEqual([]);
  });
});

describe('colours', () => {
  const RAW = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
  const NAMED =
    /(?:^|[\s,(])(?:white|black|red|green|blue|gray|grey|orange|yellow|purple|pink|silver|navy|teal)(?=$|[\s,);])/i;

  it('are written only in the theme: every other stylesheet uses its tokens', () => {
    const raw: string[] = [];
    for (const file of stylesheets) {
      if (file === THEME) continue;
      for (const { selector, body } of rules(read(file)))
        for (const declaration of body.split(';')) {
          const value = declaration.slice(declaration.indexOf(':') + 1);
          if (declaration.includes(':') && (RAW.test(value) || NAMED.test(value)))
            raw.push(`${file}: ${selector} { ${declaration.trim()} }`);
        }
    }
    expect(raw).toEqual([]);
  });

  it('are not written in components either', () => {
    const raw: string[] = [];
    for (const file of filesUnder(renderer, /\.(tsx?|js)$/)) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [found] of source.matchAll(
        /['"`]#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})['"`]|\b(?:rgba?|hsla?)\([^)]*\)/gi,
      ))
        raw.push(`${file}: ${found}`);
    }
    expect(raw).toEqual([]);
  });

  it('in the theme, are tokens on :root', () => {
    const outside = rules(read(THEME))
      .filter(({ selector }) => !selector.startsWith(':root'))
      .filter(({ body }) => RAW.test(body))
      .map(({ selector }) => selector);
    expect(outside).toEqual([]);
  });
});
