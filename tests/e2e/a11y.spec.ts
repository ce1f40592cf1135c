/**
 * Every screen of the console and of the room passes axe with no serious or critical violation,
 * in the light and the dark theme: the home, a cohort, its dialogs, the settings, the live screen
 * in each phase, the shortcut sheet, the report, and the presenter while it waits.
 */
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every console screen and dialog passes axe (${colorScheme})`, async ({
    consolePage: page,
    presenterPage,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, 'home');
    await page.getByRole('button', { name: 'New cohort' }).click();
    await expectNoSeriousViolations(page, 'new cohort dialog');
    await page.keyboard.press('Escape');

    await new HomePage(page).cohortLink('Demo — Product leads circle').click();
    await expect(page.getByRole('button', { name: 'Start a session' })).toBeVisible();
    await expectNoSeriousViolations(page, 'cohort');
    await page.getByRole('button', { name: 'Start a session' }).click();
    await expectNoSeriousViolations(page, 'start session dialog');
    await page.keyboard.press('Escape');

    const live = await startSession(page);
    await expectNoSeriousViolations(page, 'live, not begun');
    await presenterPage.open();
    await expectNoSeriousViolations(presenterPage.page, 'presenter, welcome');
    await page.getByRole('button', { name: 'Begin session' }).click();
    for (const title of [
      'Check-in and progress on commitments',
      'Challenges: one minute each',
      'Choose a challenge',
      'Clarifying questions',
      'Recommendations',
      'Commitments',
      'Reflection',
    ]) {
      await live.goToSegment(title);
      await expectNoSeriousViolations(page, `live, ${title}`);
    }
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'shortcut sheet');
    await page.keyboard.press('Escape');

    await live.endSession();
    await expectNoSeriousViolations(page, 'report');
    await expectNoSeriousViolations(presenterPage.page, 'presenter, waiting');

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'settings');
  });
}
