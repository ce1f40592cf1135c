import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from './pages/HomePage.ts';
import { expect, test } from './support/fixtures.ts';

test('a new cohort is created as a file and listed after a reload', async ({ page, host }) => {
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await expect(page.getByRole('heading', { name: 'No cohorts yet' })).toBeVisible();

  await home.createCohort('Product leads circle');
  await expect(page.getByRole('heading', { name: 'Product leads circle', level: 1 })).toBeVisible();

  const files = readdirSync(host.dataFolder).filter((name) => name.endsWith('.cohort'));
  expect(files).toEqual(['Product leads circle.cohort']);
  const saved = JSON.parse(readFileSync(join(host.dataFolder, files[0]!), 'utf8')) as {
    name: string;
    schemaVersion: number;
  };
  expect(saved).toMatchObject({ name: 'Product leads circle', schemaVersion: 1 });

  await page.goto(host.consoleUrl);
  await expect(home.cohortList().getByRole('link', { name: 'Product leads circle' })).toBeVisible();
});

test('a cohort name is required and the dialog says so', async ({ page, host }) => {
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await page.getByRole('button', { name: 'New cohort' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cohort' });
  await expect(dialog.getByRole('button', { name: 'Create cohort' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a first run in an empty library shows the demo cohort', async ({ page, startHost }) => {
  const demoHost = await startHost({ demo: true });
  const home = new HomePage(page);
  await home.open(demoHost.consoleUrl);
  await expect(home.cohortList().getByRole('listitem')).toHaveCount(1);
  await expect(home.cohortList().getByRole('link', { name: /Product leads circle/ })).toBeVisible();
});
