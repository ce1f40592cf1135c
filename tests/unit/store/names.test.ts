/**
 * Names: file names made from cohort names are safe and never collide into an overwrite (the
 * emoji cut at 80 units, ten creates at once); member names that differ only by what nobody sees
 * are the same name.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sanitiseFileStem } from '../../../electron/core/store/fileNames.ts';
import { sameName } from '../../../shared/cohort/names.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);

describe('file stems', () => {
  it.each([
    ['  Team: A/B?  ', 'Team A B'],
    ['../secret', 'secret'],
    ['../.hidden', 'hidden'],
    ['. . .x', 'x'],
    ['Trailing dots...', 'Trailing dots'],
    ['CON', 'CON cohort'],
    ['nul.txt', 'nul cohort.txt'],
    ['com1', 'com1 cohort'],
    ['Consulting', 'Consulting'],
    ['a\u202Egnp.exe', 'agnp.exe'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth'],
    ['line\nbreak\ttab', 'line break tab'],
    ['Cafe\u0301', 'Caf\u00E9'],
    ['', 'Cohort'],
    ['\u200B\u200B', 'Cohort'],
    ['Team 👩\u200D💻', 'Team 👩\u200D💻'],
  ])('%j becomes %j', (name, stem) => {
    expect(sanitiseFileStem(name)).toBe(stem);
  });

  it('never splits a surrogate pair or a grapheme at the length limit', () => {
    for (let pad = 70; pad < 85; pad += 1) {
      for (const emoji of ['😀', '👍🏽', '👩\u200D👩\u200D👧', '🇳🇿']) {
        const stem = sanitiseFileStem(`${'a'.repeat(pad)}${emoji}${emoji}`);
        expect(stem.length).toBeLessThanOrEqual(80);
        expect(isWellFormed(stem)).toBe(true);
        const tail = stem.slice(pad);
        expect(emoji.repeat(2).startsWith(tail)).toBe(true);
        expect(tail.length % emoji.length).toBe(0);
      }
    }
  });
});

describe('creating cohorts', () => {
  let t: StoreFixture;
  beforeEach(async () => {
    t = await storeFixture();
  });
  afterEach(() => t.done());

  it('two long names ending in different emoji give two files', async () => {
    const base = 'x'.repeat(79);
    const first = await t.store.create(`${base}😀 first`);
    const second = await t.store.create(`${base}😀 second`);
    expect(first.fileName).not.toBe(second.fileName);
    const names = (await readdir(t.folder)).filter((n) => n.endsWith('.cohort'));
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).not.toContain('\uFFFD');
    const cohorts = await Promise.all(
      names.map(async (n) => JSON.parse(await readFile(join(t.folder, n), 'utf8')).name),
    );
    expect(cohorts.sort()).toEqual([`${base}😀 first`, `${base}😀 second`]);
  });

  it('ten concurrent creates of the same name give ten files', async () => {
    const listings = await Promise.all(
      Array.from({ length: 10 }, () => t.store.create('Same name')),
    );
    const fileNames = listings.map((l) => l.fileName).sort();
    expect(new Set(fileNames).size).toBe(10);
    expect(fileNames).toContain('Same name.cohort');
    expect(fileNames).toContain('Same name 10.cohort');
    const onDisk = (await readdir(t.folder)).filter((n) => n.endsWith('.cohort'));
    expect(onDisk).toHaveLength(10);
    const ids = await Promise.all(
      onDisk.map(async (n) => JSON.parse(await readFile(join(t.folder, n), 'utf8')).id),
    );
    expect(new Set(ids).size).toBe(10);
  });

  it('saving a copy over an existing file is refused, even when it appears meanwhile', async () => {
    const { id } = await t.store.create('Original');
    const target = join(t.dir, 'Copy.cohort');
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => t.store.saveCopyAs(id, target)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'rejected' });
  });
});

describe('sameName', () => {
  it.each([
    ['Ana', 'ana'],
    ['Ana', ' Ana  '],
    ['Ana', 'A\u200Bna'],
    ['Ana', '\u202AAna\u202C'],
    ['Ana', 'Ａｎａ'],
    ['José', 'Jose\u0301'],
    ['Straße', 'STRASSE'],
    ['ﬁona', 'fiona'],
    ['Mary Ann', 'Mary\u00A0Ann'],
  ])('%j and %j are the same name', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Ana', 'Anna'],
    ['Jose', 'José'],
    ['Li', 'Lì'],
  ])('%j and %j are different names', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});
