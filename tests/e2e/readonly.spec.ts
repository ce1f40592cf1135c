import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { makeDataFolder } from './support/browserHost.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = join(
  import.meta.dirname,
  '..',
  '..',
  'build',
  'demo',
  'Demo — Product leads circle.cohort',
);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('a read-only cohort file opens read-only, says so, offers a copy, and is never changed', async ({
  page,
  startHost,
}) => {
  const folder = makeDataFolder();
  const file = join(folder, 'Read only circle.cohort');
  copyFileSync(DEMO, file);
  chmodSync(file, 0o444);
  const before = { hash: sha256(file), mode: statSync(file).mode };
  const host = await startHost({ dataFolder: folder });

  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: /Demo — Product leads circle/ }).click();
  const banner = page.getByRole('status').filter({ hasText: 'This file is read-only' });
  await expect(banner).toBeVisible();

  // An edit is refused in words; the file keeps its bytes and its mode.
  const form = page.getByRole('form', { name: 'Add a member' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Nadia Petrova');
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('alert')).toContainText(/read-only/i);
  expect(sha256(file)).toBe(before.hash);
  expect(statSync(file).mode).toBe(before.mode);

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await banner.getByRole('button', { name: 'Save a copy elsewhere…' }).click();
  await expect(page.getByRole('dialog', { name: /Save a copy/ })).toBeVisible();
});
