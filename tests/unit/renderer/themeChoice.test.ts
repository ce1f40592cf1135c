/**
 * The theme choice of Settings: remembered in storage, put on <html data-theme> at once, and read
 * back before the first paint by public/theme.js, which must use the same key and the same words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  THEME_KEY,
  applyThemeChoice,
  readThemeChoice,
} from '../../../renderer/ui/Theme/themeChoice.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
const refusing = {
  getItem: (): string | null => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('denied');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

describe('the theme choice', () => {
  it('is the system’s until light or dark is remembered, and ignores anything else stored', () => {
    expect(readThemeChoice(memoryStore())).toBe('system');
    expect(readThemeChoice(memoryStore({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(readThemeChoice(memoryStore({ [THEME_KEY]: 'light' }))).toBe('light');
    expect(readThemeChoice(memoryStore({ [THEME_KEY]: 'sepia' }))).toBe('system');
    expect(readThemeChoice(refusing)).toBe('system');
  });

  it('is remembered and applied at once; the system’s choice forgets it and takes the attribute off', () => {
    const store = memoryStore();
    const root = { dataset: {} as DOMStringMap };
    applyThemeChoice('dark', store, root);
    expect(store.items.get(THEME_KEY)).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
    applyThemeChoice('system', store, root);
    expect(store.items.has(THEME_KEY)).toBe(false);
    expect(root.dataset.theme).toBeUndefined();
  });

  it('still applies to the page where storage is refused', () => {
    const root = { dataset: {} as DOMStringMap };
    applyThemeChoice('light', refusing, root);
    expect(root.dataset.theme).toBe('light');
  });
});

describe('public/theme.js, before the first paint', () => {
  const script = readFileSync(
    join(import.meta.dirname, '../../../renderer/public/theme.js'),
    'utf8',
  );
  function run(stored: Record<string, string>) {
    const store = memoryStore(stored);
    const listeners: ((event: { key: string | null }) => void)[] = [];
    const documentElement = { dataset: {} as DOMStringMap };
    const window = {
      localStorage: store,
      addEventListener: (_type: string, listener: (event: { key: string | null }) => void) =>
        listeners.push(listener),
    };
    new Function('window', 'document', script)(window, { documentElement });
    return { store, documentElement, listeners };
  }

  it('puts the remembered choice on <html>, under the same key as Settings', () => {
    expect(run({ [THEME_KEY]: 'dark' }).documentElement.dataset.theme).toBe('dark');
    expect(run({ [THEME_KEY]: 'light' }).documentElement.dataset.theme).toBe('light');
    expect(run({}).documentElement.dataset.theme).toBeUndefined();
    expect(run({ [THEME_KEY]: 'sepia' }).documentElement.dataset.theme).toBeUndefined();
  });

  it('follows a choice made in the other window', () => {
    const page = run({});
    page.store.setItem(THEME_KEY, 'dark');
    for (const listener of page.listeners) listener({ key: THEME_KEY });
    expect(page.documentElement.dataset.theme).toBe('dark');
    page.store.removeItem(THEME_KEY);
    for (const listener of page.listeners) listener({ key: THEME_KEY });
    expect(page.documentElement.dataset.theme).toBeUndefined();
  });
});
