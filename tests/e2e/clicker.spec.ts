/**
 * A presentation clicker and the keyboard drive a session: PageDown and PageUp step through it as
 * its phase calls for, `b` and `.` blank the room's screen, Home and End jump in the deck, F5 shows
 * the presenter; Space is the turn timer's even when a button has the focus, and never presses it.
 */
import type { Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { startSession, type LivePage } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

const FIRST_QUESTION =
  'What is the current impact of the issue on organizational goals or relationships?';

async function openDemoSession(page: Page): Promise<LivePage> {
  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  return startSession(page);
}

const segmentHeading = (page: Page) => page.getByRole('heading', { level: 1 });

test('PageDown and PageUp step through speakers and questions, b and . blank the screen', async ({
  consolePage: page,
  presenterPage: presenter,
}) => {
  const live = await openDemoSession(page);
  await presenter.open();

  // Before the first segment, Advance begins the session; in check-in it calls each speaker.
  await page.keyboard.press('PageDown');
  await expect(segmentHeading(page)).toHaveText('Check-in and progress on commitments');
  await page.keyboard.press('PageDown');
  await expect(live.floorName()).toHaveText('Amara Okafor');
  await expect(presenter.person('Amara Okafor')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(live.floorName()).toHaveText('Jonas Lindqvist');
  // Back takes the last call back.
  await page.keyboard.press('PageUp');
  await expect(live.floorName()).toHaveText('Amara Okafor');

  // b blanks the room's screen, . brings the session back.
  const screen = page.getByRole('radiogroup', { name: 'Room screen' });
  await page.keyboard.press('b');
  await expect(
    presenter.page.getByRole('main', { name: 'Presenter (blank screen)' }),
  ).toBeVisible();
  await expect(screen.getByRole('radio', { name: 'Blank' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('.');
  await expect(presenter.person('Amara Okafor')).toBeVisible();
  await expect(screen.getByRole('radio', { name: 'Session' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  // In the clarifying rounds Advance puts the next question on the screen, Back the one before.
  await live.goToSegment('Clarifying questions');
  await page.keyboard.press('PageDown');
  await expect(presenter.question(FIRST_QUESTION)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.question('What has happened so far?')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(presenter.question(FIRST_QUESTION)).toBeVisible();

  // End and Home preview the category's last and first question; Advance shows the preview.
  const selected = page.getByRole('article', { name: 'Selected question' });
  await page.keyboard.press('End');
  await expect(selected).toContainText('What is not working?');
  await expect(selected).toContainText('Preview');
  await expect(presenter.question(FIRST_QUESTION)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(presenter.question('What is not working?')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(selected).toContainText(FIRST_QUESTION);
  await expect(selected).toContainText('question 1 of 5');
});

test('Space pauses the turn timer with a button focused, and the button is not pressed', async ({
  consolePage: page,
}) => {
  const live = await openDemoSession(page);
  // The facilitator clicked Begin session: the focus stays on what is now "Next segment".
  await page.getByRole('button', { name: 'Begin session' }).click();
  await expect(segmentHeading(page)).toHaveText('Check-in and progress on commitments');
  const nextSegment = page.getByRole('button', { name: /^Next segment/ });
  await expect(nextSegment).toBeFocused();
  await page.keyboard.press('n');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');

  await page.keyboard.press(' ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'paused');
  await expect(nextSegment).toBeFocused();
  // Held a moment (keydown, then keyup later): still the timer's, never the button's click.
  await page.keyboard.down(' ');
  await page.waitForTimeout(150);
  await page.keyboard.up(' ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');
  await page.waitForTimeout(300);
  await expect(segmentHeading(page)).toHaveText('Check-in and progress on commitments');

  // A focused checkbox is no text field either: Space is the timer's, the box keeps its state.
  const countUp = live.floorPanel().getByRole('checkbox', { name: 'Count up' });
  await countUp.focus();
  await page.keyboard.press(' ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'paused');
  await expect(countUp).not.toBeChecked();

  // In a text field Space types a space.
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('one');
  await note.press(' ');
  await expect(note).toHaveValue('one ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'paused');

  // Enter on a focused button is aiming at it: it presses the button.
  await nextSegment.focus();
  await page.keyboard.press('Enter');
  await expect(segmentHeading(page)).toHaveText('Challenges: one minute each');
});

test('F5 opens the presenter in its own window, and brings it back rather than opening another', async ({
  consolePage: page,
}) => {
  await openDemoSession(page);
  // Gone if the page reloads (what F5 does in a browser).
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  const stillHere = () => page.evaluate(() => 'stillHere' in window);
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('F5');
  const presenterWindow = await opened;
  await expect(presenterWindow.getByRole('main', { name: 'Presenter (welcome)' })).toBeVisible();
  expect(await stillHere()).toBe(true);

  let another = false;
  page.on('popup', () => (another = true));
  await page.keyboard.press('Shift+F5');
  await page.waitForTimeout(500);
  expect(another).toBe(false);
  await expect(presenterWindow.getByRole('main', { name: 'Presenter (welcome)' })).toBeVisible();
  expect(await stillHere()).toBe(true);
});

test('the ? sheet says what Advance and Back do in each phase', async ({ consolePage: page }) => {
  await openDemoSession(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const steps = sheet.getByRole('region', { name: 'Step through the session' });
  await expect(steps.getByRole('row', { name: /^Clarifying rounds/ })).toContainText(
    'Shows the next question',
  );
  await expect(
    steps.getByRole('row', { name: /^Check-in, Recommendations, Consult, Reflect/ }),
  ).toContainText('Calls the next speaker');
  await expect(steps.getByRole('row', { name: /^Challenges/ })).toContainText('The next segment');
  await expect(sheet.getByRole('region', { name: 'Room screen' })).toContainText(
    'Blank the screen',
  );
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
