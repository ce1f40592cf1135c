/**
 * Cohort files that never lose a facilitator's work, as the facilitator sees it: editing the
 * charter and members, restoring backups (also of a damaged file), saving a copy elsewhere, and the
 * banner when a save fails. All through the real browser host on a temp data folder.
 */
import type { Page } from '@playwright/test';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCohortText } from '../../shared/cohort/decode.ts';
import type { Cohort } from '../../shared/cohort/schema.ts';
import { CharterDialog } from './pages/CharterDialog.ts';
import { BackupsDialog, CohortFiles } from './pages/CohortFiles.ts';
import { CohortPage } from './pages/CohortPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { makeDataFolder } from './support/browserHost.ts';
import { expect, test, type HostStarter } from './support/fixtures.ts';

const fileOf = (folder: string, name: string) => join(folder, `${name}.cohort`);
const backupsOf = (folder: string, name: string) => {
  const backups = join(folder, '.backups', name);
  return existsSync(backups) ? readdirSync(backups).filter((f) => f.endsWith('.cohort')) : [];
};
/** The cohort as it is on disk now (undefined while it cannot be decoded). */
function onDisk(path: string): Cohort | undefined {
  try {
    const decoded = decodeCohortText(readFileSync(path, 'utf8'));
    return decoded.ok ? decoded.cohort : undefined;
  } catch {
    return undefined;
  }
}

/** A host on a fresh folder, and a new cohort in it, open on its screen. */
async function newCohort(page: Page, startHost: HostStarter, name: string) {
  const host = await startHost();
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await home.createCohort(name);
  const cohort = new CohortPage(page);
  await cohort.expectOpen(name);
  return { host, cohort, file: fileOf(host.dataFolder, name) };
}

test('the charter and cadence are edited in a dialog and are still there after a reload', async ({
  page,
  startHost,
}) => {
  const { cohort, file } = await newCohort(page, startHost, 'Design leads circle');
  const charter = new CharterDialog(page);
  await charter.open();
  await charter.fill({
    mission: 'Grow as design leads by working on each other’s real problems.',
    weeklyTimeCommitment: '2 hours a week',
    learningFormats: ['Peer coaching', 'Case clinics'],
    projectKinds: ['Service redesign'],
    codeOfConduct: ['Candor', 'Punctuality', 'Confidentiality', 'Phones away'],
    every: 'Every two weeks',
    weekday: 'Tuesday',
    startTime: '14:30',
    durationMinutes: 75,
  });
  await charter.save();

  const expectCharter = async () => {
    const panel = cohort.charter();
    await expect(panel).toContainText('Grow as design leads by working on each other’s real');
    await expect(panel).toContainText('2 hours a week');
    await expect(panel).toContainText('Peer coaching, Case clinics');
    await expect(panel).toContainText('Service redesign');
    await expect(panel).toContainText('Every two weeks on Tuesday at 14:30 for 75 min');
    await expect(
      panel.getByRole('list', { name: 'Code of conduct' }).getByRole('listitem'),
    ).toHaveText(['Candor', 'Punctuality', 'Confidentiality', 'Phones away']);
  };
  await expectCharter();
  await page.reload();
  await cohort.expectOpen('Design leads circle');
  await expectCharter();

  // And it is in the file itself.
  await expect
    .poll(() => onDisk(file)?.cadence)
    .toMatchObject({ every: 'two-weeks', weekday: 2, startTime: '14:30', durationMinutes: 75 });
  expect(onDisk(file)?.charter.codeOfConduct).toContain('Phones away');
});

test('a member is renamed and another removed from the cohort; the removed one stays in the file', async ({
  page,
  startHost,
}) => {
  const { cohort, file } = await newCohort(page, startHost, 'Ops managers');
  await cohort.addMember('Amira Haddad', 'Product lead');
  await cohort.addMember('Bruno Costa', 'Engineering manager');

  await cohort.editMember('Amira Haddad', {
    name: 'Amira Haddad-Lee',
    role: 'Head of product',
    strengths: ['Storytelling', 'Data analysis'],
  });
  await cohort.removeMember('Bruno Costa');

  const expectMembers = async () => {
    const members = cohort.members();
    await expect(members.getByRole('listitem')).toHaveCount(1);
    await expect(members).toContainText('Amira Haddad-Lee');
    await expect(members).toContainText('Head of product');
    await expect(members).toContainText('Storytelling · Data analysis');
    await expect(page.getByText('Removed from the cohort (1)')).toBeVisible();
  };
  await expectMembers();
  await page.reload();
  await expectMembers();

  // Archived, not deleted: history that names Bruno still finds him.
  await expect
    .poll(() => onDisk(file)?.members.map(({ name, archived }) => ({ name, archived })))
    .toEqual([
      { name: 'Amira Haddad-Lee', archived: false },
      { name: 'Bruno Costa', archived: true },
    ]);
});

test('"Restore from backup…" brings back the version from before today’s first change, and the replaced version is kept too', async ({
  page,
  startHost,
}) => {
  const { host, cohort } = await newCohort(page, startHost, 'Backup circle');
  // The first write of the day backs up the file as it was: here, the cohort as created.
  await cohort.addMember('Chen Wei', 'Analyst');
  const charter = new CharterDialog(page);
  await charter.open();
  await charter.fill({ mission: 'Written after the backup.' });
  await charter.save();
  await expect.poll(() => backupsOf(host.dataFolder, 'Backup circle')).toHaveLength(1);

  const files = new CohortFiles(page);
  await expect(files.menuButton()).toContainText('Backup circle.cohort');
  await files.choose('Restore from backup…');
  const backups = new BackupsDialog(page);
  await expect(backups.backups()).toHaveCount(1);
  await expect(backups.backups().first()).toContainText('0 sessions · 0 notes · 0 commitments');
  await backups.restoreNewest();

  await expect(page.getByText('No members yet.')).toBeVisible();
  await expect(cohort.charter()).toContainText('Not written yet.');

  // The version that was replaced is now the newest backup; restoring it undoes the restore.
  await files.choose('Restore from backup…');
  await expect(backups.backups()).toHaveCount(2);
  await backups.restoreNewest();
  await expect(cohort.members()).toContainText('Chen Wei');
  await expect(cohort.charter()).toContainText('Written after the backup.');
});

test('a damaged file’s card offers "Open a backup", and restoring one brings the cohort back', async ({
  page,
  startHost,
}) => {
  const dataFolder = makeDataFolder();
  const path = fileOf(dataFolder, 'Evening circle');
  const at = '2026-01-13T18:00:00.000Z';
  writeFileSync(
    path,
    JSON.stringify({
      schemaVersion: 1,
      id: 'evening',
      name: 'Evening circle',
      createdAt: at,
      members: [
        { id: 'm1', name: 'Dana Ruiz' },
        { id: 'm2', name: 'Femi Ade' },
      ],
      sessions: [
        {
          id: 's1',
          date: '2026-01-13',
          notes: [{ id: 'n1', at, text: 'Chose Dana’s hiring challenge.' }],
          commitments: [
            {
              id: 'c1',
              ownerId: 'm1',
              text: 'Draft the new role',
              dueDate: '2026-01-20',
              createdAt: at,
            },
          ],
        },
      ],
    }),
  );

  // An edit through the app: its first write of the day backs up the file as it was.
  let host = await startHost({ dataFolder });
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await home.cohortLink('Evening circle').click();
  const cohort = new CohortPage(page);
  await cohort.addMember('Gus Moreau');
  await expect.poll(() => backupsOf(dataFolder, 'Evening circle')).toHaveLength(1);
  await host.stop();

  // The file is damaged while the app is closed: cut off half way, as by a crash elsewhere.
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));

  host = await startHost({ dataFolder });
  await home.open(host.consoleUrl);
  const card = home
    .cohortList()
    .getByRole('listitem', { name: 'Evening circle.cohort cannot be opened' });
  await expect(card).toContainText('it ends too early');
  await card.getByRole('button', { name: 'Open a backup' }).click();

  const backups = new BackupsDialog(page);
  await expect(backups.backups()).toHaveCount(1);
  await expect(backups.backups().first()).toContainText('1 session · 1 note · 1 commitment');
  await backups.restoreNewest();

  await expect(card).toBeHidden();
  await home.cohortLink('Evening circle').click();
  await cohort.expectOpen('Evening circle');
  await expect(cohort.members()).toContainText('Dana Ruiz');
  await expect(cohort.members()).toContainText('Femi Ade');
  await expect(cohort.openCommitments()).toContainText('Draft the new role');
  // The damaged version was backed up before it was replaced, not thrown away.
  expect(backupsOf(dataFolder, 'Evening circle')).toHaveLength(2);
  expect(onDisk(path)?.name).toBe('Evening circle');
});

test('"Save a copy elsewhere" writes a valid cohort file at the path given and leaves the original', async ({
  page,
  startHost,
}) => {
  const { host, cohort, file } = await newCohort(page, startHost, 'Copy circle');
  await cohort.addMember('Ines Duarte', 'Coach');

  const elsewhere = mkdtempSync(join(tmpdir(), 'fc-e2e-copy-'));
  const target = join(elsewhere, 'Copy circle on the stick.cohort');
  const { suggested } = await new CohortFiles(page).saveCopy(target);
  expect(suggested).toBe(join(host.dataFolder, 'Copy circle copy.cohort'));

  const copy = onDisk(target);
  expect(copy?.name).toBe('Copy circle');
  expect(copy?.members.map((member) => member.name)).toEqual(['Ines Duarte']);
  expect(existsSync(file)).toBe(true);
  // Still working in the original.
  await expect(new CohortFiles(page).menuButton()).toContainText('Copy circle.cohort');
});

test('when a save fails, a banner says so in words and offers to save a copy; the app retries by itself', async ({
  page,
  startHost,
}) => {
  test.setTimeout(60_000);
  const { cohort, file } = await newCohort(page, startHost, 'Fragile circle');
  await cohort.addMember('Jo Park');
  await expect.poll(() => onDisk(file)?.members.length).toBe(1);

  // Something outside the app puts a folder where the file was: writes now fail.
  rmSync(file);
  mkdirSync(file);
  await cohort.addMember('Kai Mensah');

  const banner = page.getByRole('alert', { name: 'Not saved' });
  await expect(banner).toContainText('Fragile circle.cohort could not be saved');
  await expect(banner).toContainText('keeps retrying by itself');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();

  const elsewhere = mkdtempSync(join(tmpdir(), 'fc-e2e-rescue-'));
  const target = join(elsewhere, 'Fragile circle rescue.cohort');
  await banner.getByRole('button', { name: 'Save a copy elsewhere…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a copy elsewhere' });
  await expect(dialog).toBeVisible();
  // The store retries after 1 s and 2 s more: the banner and the dialog stay through its retries.
  await page.waitForTimeout(3_500);
  await expect(banner).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Save the copy as' }).fill(target);
  await dialog.getByRole('button', { name: 'Save copy' }).click();
  await page
    .getByRole('dialog', { name: 'Copy saved' })
    .getByRole('button', { name: 'Done' })
    .click();
  expect(onDisk(target)?.members.map((member) => member.name)).toEqual(['Jo Park', 'Kai Mensah']);

  // The obstacle goes away; the next retry saves and the banner leaves on its own.
  rmSync(file, { recursive: true });
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect.poll(() => onDisk(file)?.members.length, { timeout: 10_000 }).toBe(2);
});
