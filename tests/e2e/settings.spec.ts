import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CohortPage } from './pages/CohortPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { OtherCohortFiles } from './pages/OtherCohortFiles.ts';
import { SettingsPage } from './pages/SettingsPage.ts';
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
const DEMO_NAME = 'Demo — Product leads circle';
const tempFolder = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

test('the library folder changes to another folder, and --data wins again on the next start', async ({
  page,
  startHost: start,
}) => {
  const userData = tempFolder('fc-user-');
  const host = await start({ extraArgs: ['--user-data', userData] });
  const other = makeDataFolder();
  copyFileSync(DEMO, join(other, `${DEMO_NAME}.cohort`));

  const home = new HomePage(page);
  const settings = new SettingsPage(page);
  await home.open(host.consoleUrl);
  await expect(page.getByRole('heading', { name: 'No cohorts yet' })).toBeVisible();

  await settings.openFromTopBar();
  await expect(settings.folderInUse()).toContainText(host.dataFolder);
  await expect(settings.folderInUse()).toContainText('Given with --data');
  await expect(settings.libraryPanel()).toContainText(
    'This window uses the folder given with --data when the app was started. The saved setting applies when the app starts without --data: none is saved yet',
  );
  await expect(settings.aboutPanel()).toContainText('Facilitator Console 0.1.0');
  await expect(settings.aboutPanel()).toContainText(userData);

  // Refusals in words; the folder in use does not change.
  await settings.chooseFolder('cohorts');
  await expect(settings.problem()).toHaveText(
    'Give the full path of a folder, starting with / (or with a drive, such as C:\\).',
  );
  const aFile = join(other, `${DEMO_NAME}.cohort`);
  await settings.chooseFolder(aFile);
  await expect(settings.problem()).toHaveText(
    `${aFile} is a file, not a folder. Choose a folder for the library.`,
  );
  const missing = join(other, 'not there yet');
  await settings.chooseFolder(missing);
  await expect(settings.problem()).toContainText(
    `There is no folder at ${missing}. Create it and use it as the library folder?`,
  );
  await settings.libraryPanel().getByRole('button', { name: 'Cancel' }).click();
  await expect(settings.problem()).toBeHidden();
  expect(existsSync(missing)).toBe(false);
  await expect(settings.folderInUse()).toContainText(host.dataFolder);

  await settings.chooseFolder(other);
  await expect(settings.done()).toHaveText(`The library now lists ${other}. Back to the cohorts`);
  await expect(settings.folderInUse()).toContainText(other);
  await expect(settings.folderInUse()).toContainText('Saved in the settings');
  await expect(settings.libraryPanel()).toContainText(
    `This run was started with --data ${host.dataFolder}; a start with --data uses the folder given there instead, for that run only.`,
  );

  await settings.done().getByRole('link', { name: 'Back to the cohorts' }).click();
  await expect(page.getByText(`Library folder ${other}`)).toBeVisible();
  await expect(home.cohortList().getByRole('link', { name: DEMO_NAME })).toBeVisible();
  await home.cohortLink(DEMO_NAME).click();
  await new CohortPage(page).expectOpen(DEMO_NAME);

  // A missing folder is created when the facilitator says so.
  await settings.openFromTopBar();
  const fresh = join(tempFolder('fc-fresh-'), 'Cohorts 2026');
  await settings.chooseFolder(fresh);
  await settings.libraryPanel().getByRole('button', { name: 'Create the folder' }).click();
  await expect(settings.done()).toContainText(`The library now lists ${fresh}.`);
  expect(statSync(fresh).isDirectory()).toBe(true);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'No cohorts yet' })).toBeVisible();

  // Started again with the same --data and user-data folder: --data wins for that run, and the
  // settings screen names the saved folder that applies without it.
  await host.stop();
  const again = await start({ dataFolder: host.dataFolder, extraArgs: ['--user-data', userData] });
  await home.open(again.consoleUrl);
  await expect(page.getByText(`Library folder ${host.dataFolder}`)).toBeVisible();
  await settings.openFromTopBar();
  await expect(settings.folderInUse()).toContainText('Given with --data');
  await expect(settings.libraryPanel()).toContainText(
    `The saved setting applies when the app starts without --data: it is ${fresh}.`,
  );
});

test('a cohort file from outside the library opens by path and is remembered after a restart', async ({
  page,
  startHost: start,
}) => {
  const userData = tempFolder('fc-user-');
  const host = await start({ extraArgs: ['--user-data', userData] });
  const elsewhere = tempFolder('fc-usb-');
  const visiting = join(elsewhere, 'Visiting circle.cohort');
  const gone = join(elsewhere, 'Gone circle.cohort');
  copyFileSync(DEMO, visiting);
  copyFileSync(DEMO, gone);
  writeFileSync(join(elsewhere, 'notes.txt'), 'not a cohort');

  const home = new HomePage(page);
  const files = new OtherCohortFiles(page);
  await home.open(host.consoleUrl);

  // Bad paths are refused in words, and the dialog stays open to correct them.
  await files.openByPath('Visiting circle.cohort');
  await expect(files.dialogError()).toHaveText(
    'Give the full path of the file, starting with / (or with a drive, such as C:\\).',
  );
  await files.openByPath(join(elsewhere, 'notes.txt'));
  await expect(files.dialogError()).toHaveText(
    'Only cohort files can be opened: the path must end in .cohort.',
  );
  await files.openByPath(join(elsewhere, 'Nobody.cohort'));
  await expect(files.dialogError()).toHaveText(
    `There is no file at ${join(elsewhere, 'Nobody.cohort')}.`,
  );

  await files.openByPath(gone);
  await new CohortPage(page).expectOpen(DEMO_NAME);
  await home.open(host.consoleUrl);
  await files.openByPath(visiting);
  await new CohortPage(page).expectOpen(DEMO_NAME);

  await home.open(host.consoleUrl);
  await expect(home.cohortList().getByText('Visiting circle.cohort')).toBeVisible();
  await expect(files.recentList().getByRole('listitem')).toHaveCount(2);
  await expect(files.recentList().getByRole('listitem').first()).toContainText('Visiting circle');
  await expect(files.recentEntry('Visiting circle')).toContainText(elsewhere);

  // Restart with the same user-data folder; one of the files has gone meanwhile.
  await host.stop();
  rmSync(gone);
  const again = await start({ dataFolder: host.dataFolder, extraArgs: ['--user-data', userData] });
  await home.open(again.consoleUrl);
  await expect(files.recentEntry('Gone circle')).toContainText(
    'Missing — no longer in this folder',
  );
  await expect(files.recentEntry('Gone circle').getByRole('button')).toHaveCount(0);
  await expect(home.cohortList().getByText('Gone circle.cohort')).toHaveCount(0);

  await files
    .recentEntry('Visiting circle')
    .getByRole('button', { name: 'Visiting circle' })
    .click();
  await new CohortPage(page).expectOpen(DEMO_NAME);
  await expect(page).toHaveURL(/#\/cohort\//);
});

test('the theme follows the system until Light or Dark is chosen, in both windows and from the first paint', async ({
  page,
  startHost: start,
}) => {
  const host = await start({ demo: true });
  // Where data-theme stands once the page is parsed: after the blocking theme script in <head>,
  // before the app's modules have run or painted anything.
  await page.context().addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      document.documentElement.dataset.themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  const ground = (of: typeof page) =>
    of.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const home = new HomePage(page);
  const settings = new SettingsPage(page);
  await home.open(host.consoleUrl);
  await settings.openFromTopBar();
  await expect(settings.themeChoice('System')).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  const systemDark = await ground(page);

  await settings.themeChoice('Light').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await ground(page)).not.toBe(systemDark);

  await page.reload();
  await expect(settings.themeChoice('Light')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme-at-parse', 'light');

  const presenter = await page.context().newPage();
  await presenter.goto(host.presenterUrl);
  await expect(presenter.locator('html')).toHaveAttribute('data-theme-at-parse', 'light');
  await settings.themeChoice('Dark').check();
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await ground(page)).toBe(systemDark);

  await settings.themeChoice('System').check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(presenter.locator('html')).not.toHaveAttribute('data-theme');
  await presenter.close();
});
