/**
 * The learning journal, through the browser host: written in the reflection phase for a member,
 * private by default; the private entry is on the member's page and nowhere in the room or the
 * session's report.
 */
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const PRIVATE = 'I rushed my answers when the budget came up; slow down next time.';
const SHARED = 'Splitting the findings in two made the backlog feel possible.';
test.use({ hostOptions: { demo: true } });

test('a private journal entry written at reflection is on the member’s page and not in the report; a shareable one is', async ({
  consolePage: page,
  presenterPage,
}) => {
  await new HomePage(page).cohortLink(DEMO).click();
  const live = await startSession(page);
  await presenterPage.open();
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Reflection');

  await page.getByRole('button', { name: 'Write in the journal for Hana Sato' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hana Sato’s journal' });
  await expect(dialog.getByRole('combobox', { name: 'Prompt' })).toHaveValue(
    'What did I learn from others today?',
  );
  await dialog.getByRole('combobox', { name: 'Prompt' }).selectOption({
    label: 'What will I try before next session?',
  });
  await dialog.getByRole('textbox', { name: 'What will I try before next session?' }).fill(PRIVATE);
  await expect(dialog.getByRole('checkbox', { name: /Shareable/ })).not.toBeChecked();
  await expectNoSeriousViolations(page, 'journal entry dialog');
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: 'Write in the journal for Hana Sato' }),
  ).toContainText('written');
  // Tomás marks his entry shareable: it may go into the report.
  await page.getByRole('button', { name: 'Write in the journal for Tomás Herrera' }).click();
  const his = page.getByRole('dialog', { name: 'Tomás Herrera’s journal' });
  await his.getByRole('textbox', { name: 'What did I learn from others today?' }).fill(SHARED);
  await his.getByRole('checkbox', { name: /Shareable/ }).check();
  await his.getByRole('button', { name: 'Save entry' }).click();
  await expect(his).toBeHidden();

  // The room sees the reflection prompt, never the journal.
  await expect(presenterPage.page.getByText(PRIVATE)).toHaveCount(0);

  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Shared journal entries' })).toContainText(SHARED);
  await expect(page.getByText(PRIVATE)).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: DEMO })
    .click();
  await page
    .getByRole('list', { name: 'Members' })
    .getByRole('link', { name: 'Hana Sato' })
    .click();
  await expect(page.getByRole('heading', { name: 'Hana Sato', level: 1 })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Hana Sato’s journal entries' });
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await expect(entries).toContainText(PRIVATE);
  await expect(entries).toContainText('What will I try before next session?');
  await expect(entries).toContainText('Private');
  await expect(page.getByRole('list', { name: 'Attendance by session' })).toContainText('Present');
  await expectNoSeriousViolations(page, 'member page');

  // A removal can be undone.
  await entries.getByRole('button', { name: /^Remove the entry of/ }).click();
  await expect(entries).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo removal' }).click();
  await expect(page.getByRole('list', { name: 'Hana Sato’s journal entries' })).toContainText(
    PRIVATE,
  );
});
