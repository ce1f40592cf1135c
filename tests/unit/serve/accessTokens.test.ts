import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACCESS_FILE, openAccessTokens } from '../../../electron/core/settings/accessTokens.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'access-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('keeps the same tokens across restarts, in a file only its owner reads', async () => {
  const first = await openAccessTokens(dir);
  const again = await openAccessTokens(dir);
  expect(again.tokens).toEqual(first.tokens);
  expect((await stat(join(dir, ACCESS_FILE))).mode & 0o777).toBe(0o600);
});

it('replaces every token when renewed, and the new ones are what the next start reads', async () => {
  const file = await openAccessTokens(dir);
  const before = file.tokens;
  const renewed = await file.renew();
  expect(renewed.console).not.toBe(before.console);
  expect(renewed.presenter).not.toBe(before.presenter);
  expect((await openAccessTokens(dir)).tokens).toEqual(renewed);
});

it('makes new tokens when the file is damaged', async () => {
  await writeFile(join(dir, ACCESS_FILE), '{"console": "short"');
  const file = await openAccessTokens(dir);
  expect(file.tokens.console.length).toBeGreaterThanOrEqual(24);
  expect(JSON.parse(await readFile(join(dir, ACCESS_FILE), 'utf8'))).toEqual(file.tokens);
});
