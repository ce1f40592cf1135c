/**
 * Searching a cohort's notes, through the browser host with the demo cohort: a note taken in one
 * session is found from the cohort screen after the next session has started, as its word is
 * typed, with the word marked and the session's title, and its link opens that session's report.
 * The cohort screen with results passes axe in the light and the dark theme.
 */
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const NOTE = 'Try kintsugi: repair the broken onboarding step where everyone can see it';
test.use({ hostOptions: { demo: true } });

test('a note from session 1 is found by search', async ({ consolePage: page }) => {
  test.setTimeout(60_000);
  await new HomePage(page).cohortLink(DEMO).click();
  const live = await startSession(page);
  const firstTitle = await live.sessionTitle();
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.addNote(NOTE);
  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();

  await live.backToCohort(DEMO);
  await startSession(page);
  await expect(page.getByText(`${firstTitle} (2)`).first()).toBeVisible();
  await live.backToCohort(DEMO);

  // As the facilitator types: a prefix of the word finds the note.
  const search = page.getByRole('searchbox', { name: 'Search notes' });
  await search.pressSequentially('kints', { delay: 60 });
  const found = page.getByRole('list', { name: 'Notes found' });
  await expect(found.getByRole('listitem')).toHaveCount(1);
  const hit = found.getByRole('listitem').first();
  await expect(hit).toContainText(NOTE);
  await expect(hit.locator('mark')).toHaveText(['kintsugi']);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '1 note matches “kints”.',
  );
  const link = hit.getByRole('link', { name: firstTitle, exact: true });
  await expect(link).toBeVisible();

  await expectNoSeriousViolations(page, 'cohort, notes found');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, 'cohort, notes found (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // A word nobody noted says so, in words.
  await search.fill('kintsugi zeppelin');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    'No notes match “kintsugi zeppelin”.',
  );
  await expect(found).toBeHidden();

  // The keyboard takes the facilitator from the box to the note and on to its report.
  await search.fill('kintsu');
  await expect(found.getByRole('listitem')).toHaveCount(1);
  await search.press('ArrowDown');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Session report')).toBeVisible();
  await expect(page.getByText(firstTitle, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(NOTE)).toBeVisible();
});
