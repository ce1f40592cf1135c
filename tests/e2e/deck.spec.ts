import type { Page } from '@playwright/test';
import { DeckEditor } from './pages/DeckEditor.ts';
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const OWN = 'What would make it easy to ask us for help?';
test.use({ hostOptions: { demo: true } });

/** From the console's home screen to the demo cohort, where its deck panel is. */
async function openDemoCohort(page: Page): Promise<DeckEditor> {
  await new HomePage(page).cohortLink(DEMO).click();
  await expect(page.getByRole('heading', { name: DEMO, level: 1 })).toBeVisible();
  return new DeckEditor(page);
}

test('a customised deck is kept and is what the clarifying rounds offer', async ({
  consolePage: page,
}) => {
  const deck = await openDemoCohort(page);
  await expect(deck.panel()).toContainText('5 categories · 17 questions');
  await expect(deck.panel().getByText('Default', { exact: true })).toBeVisible();

  await deck.open();
  await deck.addQuestion('Support', OWN);
  await expect(deck.question('Support', OWN).getByText('Custom', { exact: true })).toBeVisible();
  await deck.hide('Framing', 'Who is involved?');
  await deck.move('Framing', 'What has happened so far?', 'up');
  await expect(deck.questionAt('Framing', 1)).toContainText('What has happened so far?');
  await expect(deck.questionAt('Framing', 2)).toContainText('What is the current impact');
  await expect(deck.dialog).toContainText('5 categories · 18 questions · 1 hidden');

  // An empty question is refused in words, before anything is sent.
  const add = deck.dialog.getByRole('group', { name: 'Add a question to Framing' });
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(add).toContainText('Write the question first.');
  await deck.close();
  await expect(deck.panel()).toContainText('5 categories · 18 questions · 1 hidden');
  await expect(deck.panel().getByText('Customised', { exact: true })).toBeVisible();

  // The changes are in the cohort's file: a reload shows them again.
  await page.reload();
  await expect(deck.panel()).toContainText('5 categories · 18 questions · 1 hidden');
  await deck.open();
  await deck.selectCategory('Framing');
  await expect(deck.questionAt('Framing', 1)).toContainText('What has happened so far?');
  await expect(deck.question('Framing', 'Who is involved?')).toContainText('Hidden');
  await expect(
    deck.question('Framing', 'Who is involved?').getByRole('button', { name: 'Unhide' }),
  ).toBeVisible();
  await deck.selectCategory('Support');
  await expect(deck.question('Support', OWN)).toBeVisible();
  await deck.close();

  // The live deck offers the custom question under its category, and not the hidden one.
  const live = await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Clarifying questions');
  await page.getByRole('tab', { name: /^Support/ }).click();
  await expect(
    page.getByRole('list', { name: 'Support questions' }).getByRole('button', { name: OWN }),
  ).toBeVisible();
  await page.getByRole('tab', { name: /^Framing/ }).click();
  const framing = page.getByRole('list', { name: 'Framing questions' });
  await expect(framing.getByRole('listitem')).toHaveCount(4);
  await expect(framing.getByRole('listitem').first()).toHaveText('What has happened so far?');
  await expect(framing.getByRole('button', { name: 'Who is involved?' })).toHaveCount(0);
});

test('the deck is edited from the keyboard, categories added and moved, and reset after asking', async ({
  consolePage: page,
}) => {
  const deck = await openDemoCohort(page);
  await deck.open();

  // Rewording in place: Escape gives up without closing the editor, Enter saves.
  await deck.selectCategory('Forward-thinking');
  const success = deck.question('Forward-thinking', 'What is success?');
  await success.getByRole('button', { name: 'Edit' }).click();
  const words = deck.dialog.getByRole('textbox', { name: 'Question text' });
  await expect(words).toBeFocused();
  await words.fill('Something else');
  await words.press('Escape');
  await expect(deck.dialog).toBeVisible();
  await expect(success.getByRole('button', { name: 'Edit' })).toBeFocused();
  await success.getByRole('button', { name: 'Edit' }).press('Enter');
  await words.fill('What does success look like for you?');
  await words.press('Enter');
  await expect(deck.questionAt('Forward-thinking', 1)).toHaveText(
    /What does success look like for you\?/,
  );

  // Alt+↓ moves a question, and focus stays with it.
  const reworded = deck.question('Forward-thinking', 'What does success look like');
  await reworded.getByRole('button', { name: 'Hide' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(deck.questionAt('Forward-thinking', 2)).toContainText('What does success look');
  await expect(deck.dialog.getByRole('status')).toHaveText('Moved to 2 of 3 in Forward-thinking.');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(deck.questionAt('Forward-thinking', 3)).toContainText('What does success look');
  await expect(reworded.getByRole('button', { name: 'Move down' })).toBeDisabled();

  // A new category goes last; it can be renamed and moved up.
  await deck.dialog.getByRole('button', { name: 'Add a category' }).click();
  await deck.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Resources');
  await deck.dialog.getByRole('textbox', { name: /Hint/ }).fill('What the owner has to work with.');
  await deck.dialog.getByRole('button', { name: 'Add category' }).click();
  await expect(deck.dialog.getByRole('heading', { name: 'Resources', level: 3 })).toBeVisible();
  await expect(deck.categories().getByRole('listitem').last()).toContainText('Resources');
  await deck.addQuestion('Resources', 'Who has solved this before?');
  await deck.dialog.getByRole('button', { name: 'Rename…' }).click();
  await deck.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Resources at hand');
  await deck.dialog.getByRole('button', { name: 'Save category' }).click();
  await deck.categories().getByRole('button', { name: 'Move Resources at hand up' }).click();
  await expect(deck.categories().getByRole('listitem').nth(4)).toContainText('Resources at hand');
  await expect(deck.dialog).toContainText('6 categories · 18 questions');

  // Reset asks first; keeping the deck changes nothing.
  await deck.dialog.getByRole('button', { name: 'Reset to the default deck…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset to the default deck?' });
  await expect(confirm).toContainText('1 question you added and 1 category you added');
  await confirm.getByRole('button', { name: 'Keep my deck' }).click();
  await expect(deck.dialog).toContainText('6 categories · 18 questions');
  await deck.dialog.getByRole('button', { name: 'Reset to the default deck…' }).click();
  await confirm.getByRole('button', { name: 'Reset the deck' }).click();
  await expect(deck.dialog).toContainText('5 categories · 17 questions');
  await deck.selectCategory('Forward-thinking');
  await expect(deck.questionAt('Forward-thinking', 1)).toContainText('What is success?');
  await deck.close();
  await expect(deck.panel().getByText('Default', { exact: true })).toBeVisible();
});

test('a change the host refuses is explained in words and the deck stays as it was', async ({
  page,
  host,
}) => {
  // Between the console and the host, answer deck edits with the refusal a full disk would give.
  await page.routeWebSocket(/.*/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { id: number; name: string };
      if (frame.name !== 'deck.customise') return server.send(message);
      ws.send(
        JSON.stringify({
          type: 'result',
          id: frame.id,
          result: {
            ok: false,
            error: { code: 'file-error', message: 'The cohort file could not be written.' },
          },
        }),
      );
    });
  });
  await new HomePage(page).open(host.consoleUrl);
  const deck = await openDemoCohort(page);
  await deck.open();
  await deck.selectCategory('Support');
  const add = deck.dialog.getByRole('group', { name: 'Add a question to Support' });
  await add.getByRole('textbox').fill(OWN);
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(deck.dialog.getByRole('alert')).toHaveText(
    /The deck was not changed\.\s*The cohort file could not be written\./,
  );
  // What was typed is kept, to try again; the deck is unchanged.
  await expect(add.getByRole('textbox')).toHaveValue(OWN);
  await expect(deck.questions('Support').getByRole('listitem')).toHaveCount(3);
  await deck.dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(deck.dialog.getByRole('alert')).toHaveCount(0);
});
