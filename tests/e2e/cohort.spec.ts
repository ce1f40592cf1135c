import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CohortPage } from './pages/CohortPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { makeDataFolder } from './support/browserHost.ts';
import { expect, test } from './support/fixtures.ts';

test('a member added just before the host is killed is there after a restart', async ({
  page,
  startHost,
}) => {
  const dataFolder = makeDataFolder();
  let host = await startHost({ dataFolder });
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await home.createCohort('Night shift leads');
  const cohort = new CohortPage(page);
  await cohort.expectOpen('Night shift leads');
  await cohort.addMember('Ingrid Bauer', 'Charge nurse');
  // Wait for the quiet indicator to say the file is written, as a facilitator would glance at it.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await host.kill();
  host = await startHost({ dataFolder });
  try {
    await home.open(host.consoleUrl);
    await home.cohortLink('Night shift leads').click();
    await expect(cohort.members().getByText('Ingrid Bauer', { exact: true })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('a damaged cohort file shows an error card and is left byte for byte as it was', async ({
  page,
  startHost,
}) => {
  const dataFolder = makeDataFolder();
  const damaged = join(dataFolder, 'Spring cohort.cohort');
  writeFileSync(
    damaged,
    '{"schemaVersion": 1, "id": "x", "name": "Spring cohort", "members": [ {"id": 1',
  );
  const before = createHash('sha256').update(readFileSync(damaged)).digest('hex');
  const host = await startHost({ dataFolder });
  try {
    const home = new HomePage(page);
    await home.open(host.consoleUrl);
    const card = home
      .cohortList()
      .getByRole('listitem', { name: 'Spring cohort.cohort cannot be opened' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Can’t open this file');
    // Creating another cohort writes the library, but never the damaged file.
    await home.createCohort('Autumn cohort');
  } finally {
    await host.stop();
  }
  expect(createHash('sha256').update(readFileSync(damaged)).digest('hex')).toBe(before);
});

test('a commitment marked done leaves the open list and is saved as done', async ({
  page,
  startHost,
}) => {
  const host = await startHost({ demo: true });
  try {
    const home = new HomePage(page);
    await home.open(host.consoleUrl);
    await home.cohortLink('Demo — Product leads circle').click();
    const cohort = new CohortPage(page);
    const open = cohort.openCommitments().getByRole('listitem');
    await expect(open.first()).toBeVisible();
    const before = await open.count();
    expect(before).toBeGreaterThan(0);
    const first = open.first();
    const text = await first.getByRole('paragraph').first().innerText();
    await first.getByRole('button', { name: `Mark done: ${text}` }).click();
    await expect(open).toHaveCount(before - 1);
    await expect(cohort.openCommitments()).not.toContainText(text);

    await first.page().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await host.stop();
    const file = JSON.parse(
      readFileSync(join(host.dataFolder, 'Demo — Product leads circle.cohort'), 'utf8'),
    ) as { sessions: { commitments: { text: string; status: string }[] }[] };
    const saved = file.sessions.flatMap((s) => s.commitments).find((c) => c.text === text);
    expect(saved?.status).toBe('done');
  } finally {
    await host.stop();
  }
});

test('SIGTERM flushes an edit that was still waiting for its write', async ({
  page,
  startHost,
}) => {
  const dataFolder = makeDataFolder();
  const host = await startHost({ dataFolder });
  const home = new HomePage(page);
  await home.open(host.consoleUrl);
  await home.createCohort('Evening cohort');
  const cohort = new CohortPage(page);
  await cohort.addMember('Kofi Mensah');
  // No waiting for "Saved": the host is told to stop at once, as Ctrl-C would.
  await host.stop();
  const file = JSON.parse(readFileSync(join(dataFolder, 'Evening cohort.cohort'), 'utf8')) as {
    members: { name: string }[];
  };
  expect(file.members.map((member) => member.name)).toEqual(['Kofi Mensah']);
});
