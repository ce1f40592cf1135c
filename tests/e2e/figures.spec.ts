/**
 * The cohort screen's figures with their charts, through the browser host on the demo cohort:
 * they pass axe in the light and the dark theme (the charts' tables open too); marking a commitment
 * done moves it from open to done in the follow-through chart and table; and an ended session's
 * report shows every progress update on an earlier commitment, oldest first. Each is
 * screenshotted into the test's output for a person to look at.
 */
import type { Page, TestInfo } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const SPLIT = 'Split the accessibility findings';
test.use({ hostOptions: { demo: true } });

const figures = (page: Page) => page.getByRole('region', { name: 'Figures' });
const followThrough = (page: Page) =>
  figures(page).getByRole('img', { name: /^Follow-through per member:/ });

async function shoot(page: Page, testInfo: TestInfo, name: string, target = figures(page)) {
  // Tall enough for the whole panel under the top bar.
  await page.setViewportSize({ width: 1280, height: 2400 });
  const path = testInfo.outputPath(`${name}.png`);
  await target.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the cohort's figures and charts pass axe (${colorScheme})`, async ({
    consolePage: page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await new HomePage(page).cohortLink(DEMO).click();
    await expect(followThrough(page)).toBeVisible();
    await expect(
      figures(page).getByRole('img', { name: /^Airtime share across 2 sessions:/ }),
    ).toBeVisible();
    await expect(
      figures(page).getByRole('img', { name: /^Questions asked per category, by session:/ }),
    ).toBeVisible();
    await expectNoSeriousViolations(page, `cohort figures (${colorScheme})`);
    await shoot(page, testInfo, `figures-${colorScheme}`);
    for (const summary of await figures(page)
      .getByText(/^The figures:/)
      .all())
      await summary.click();
    await expect(figures(page).getByRole('table')).toHaveCount(4);
    await expectNoSeriousViolations(page, `cohort figures, tables open (${colorScheme})`);
  });
}

test('marking a commitment done moves it from open to done in the follow-through figures', async ({
  consolePage: page,
}) => {
  await new HomePage(page).cohortLink(DEMO).click();
  await expect(followThrough(page)).toHaveAttribute(
    'aria-label',
    /Tomás Herrera, 0 done on time, 0 done late, 2 open/,
  );
  const table = figures(page).getByRole('table', { name: 'Follow-through and attendance' });
  const tomas = table.getByRole('row', { name: /^Tomás Herrera/ });
  await expect(tomas.getByRole('cell').nth(1)).toHaveText('0');

  await page
    .getByRole('list', { name: 'Open commitments' })
    .getByRole('button', { name: new RegExp(`^Mark done: ${SPLIT}`) })
    .click();
  // It was due on 12 Nov 2026, before today: done, but late.
  await expect(followThrough(page)).toHaveAttribute(
    'aria-label',
    /Tomás Herrera, 0 done on time, 1 done late, 1 open/,
  );
  await expect(tomas.getByRole('cell').nth(1)).toHaveText('1');
  await expect(
    table
      .getByRole('row', { name: /^The cohort/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('3');
});

test("an ended session's report shows every progress update on an earlier commitment, oldest first", async ({
  consolePage: page,
}, testInfo) => {
  await new HomePage(page).cohortLink(DEMO).click();
  await page.getByRole('link', { name: /Session 6 — Experiments nobody reads/ }).click();
  const history = page.getByRole('list', {
    name: new RegExp(`^Progress updates on ${SPLIT}.*oldest first$`),
  });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText(
    'Read all 40 findings with the designer.',
  );
  await expect(history.getByRole('listitem').last()).toContainText(
    'Sprint planning was moved twice.',
  );
  const followUp = page.getByRole('region', { name: 'Follow-up from earlier sessions' });
  await expect(followUp).toContainText('Done when: The first list is on the sprint board.');
  await expectNoSeriousViolations(page, 'report with progress history');
  await shoot(page, testInfo, 'report-progress-history', followUp);
});
