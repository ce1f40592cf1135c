/**
 * Follow-through at the next session, through the browser host with the presenter beside the
 * console: a member's commitments from earlier sessions come back at their turn in check-in on
 * both screens; Done is celebrated on both; a blocker with help asked comes back at
 * recommendations as "The cohort can help with…"; a vague action draws the nudge.
 */
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const SPLIT = 'Split the accessibility findings';
const BRING = "Bring the 'blocks users today' list";
test.use({ hostOptions: { demo: true } });

test("a member's commitments come back at their check-in turn, on the console and in the room", async ({
  consolePage: page,
  presenterPage,
}) => {
  await new HomePage(page).cohortLink(DEMO).click();
  const live = await startSession(page);
  // The room asks the system for less motion: the celebration shows without moving.
  await presenterPage.page.emulateMedia({ reducedMotion: 'reduce' });
  await presenterPage.open();
  const room = presenterPage.page;
  await page.getByRole('button', { name: 'Begin session' }).click();
  await expect(page.getByRole('heading', { name: /^Check-in/, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Give the floor to Tomás Herrera' }).first().click();
  const review = page.getByRole('list', { name: 'Tomás Herrera’s commitments under review' });
  await expect(review.getByRole('listitem')).toHaveCount(2);
  await expect(review.getByRole('listitem').first()).toContainText(SPLIT);
  await expect(review.getByRole('listitem').first()).toContainText(
    'Findings split: 11 block users today',
  );
  await expect(review.getByRole('listitem').first()).toContainText('Sprint planning was moved');
  const onScreen = room.getByRole('region', { name: 'Tomás Herrera’s commitments' });
  await expect(onScreen).toContainText(SPLIT);
  await expect(onScreen).toContainText(BRING);

  // Done: a moment on both screens.
  await page
    .getByRole('group', { name: new RegExp(`^Outcome: ${SPLIT}`) })
    .getByRole('button', { name: 'Done' })
    .click();
  await expect(review.getByRole('status')).toHaveText('Done! Well done, Tomás Herrera.');
  const done = onScreen.getByText('Done!');
  await expect(done).toBeVisible();
  expect(await done.evaluate((element) => getComputedStyle(element).transform)).toBe('none');

  // Blocked, with the cohort's help asked.
  await page
    .getByRole('group', { name: new RegExp(`^Outcome: ${BRING}`) })
    .getByRole('button', { name: 'Blocked' })
    .click();
  const blocked = page.getByRole('form', { name: 'What blocks it' });
  await blocked
    .getByRole('textbox', { name: 'Blocked by' })
    .fill('Sprint planning cancelled again');
  await expect(blocked.getByRole('checkbox', { name: /Ask the cohort for help/ })).toBeChecked();
  await blocked.getByRole('button', { name: 'Save' }).click();
  await expect(review.getByText('Help asked')).toBeVisible();
  await expect(onScreen).toContainText('Last update: Sprint planning cancelled again');

  await live.goToSegment('Recommendations');
  await expect(page.getByRole('region', { name: 'The cohort can help with…' })).toContainText(
    'Tomás Herrera: Sprint planning cancelled again',
  );
  await expect(room.getByRole('region', { name: 'The cohort can help with…' })).toContainText(
    'Tomás Herrera Sprint planning cancelled again',
  );

  // A vague action draws the nudge, with an example from its words; it can still be added.
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('textbox', { name: 'Will do' }).fill('Work on the accessibility backlog');
  const nudges = page.getByRole('status', { name: 'Commitment nudges' });
  await expect(nudges).toContainText('“Work on” says what you will do');
  await expect(nudges).toContainText('“Finish the accessibility backlog by');
  await expect(form.getByRole('button', { name: 'Add commitment' })).toBeEnabled();
});

test('a commitment made in one session comes back at its owner’s turn in the next, on both screens', async ({
  consolePage: page,
  presenterPage,
}) => {
  const action = 'Send the job description to two recruiters';
  await new HomePage(page).cohortLink(DEMO).click();
  const live = await startSession(page);
  const firstTitle = await live.sessionTitle();
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Hana Sato' });
  await form.getByRole('textbox', { name: 'Will do' }).fill('Look into the hiring plan');
  await expect(page.getByRole('status', { name: 'Commitment nudges' })).toContainText(
    '“Look into” says what you will do',
  );
  await form.getByRole('textbox', { name: 'Will do' }).fill(action);
  await expect(page.getByRole('status', { name: 'Commitment nudges' })).toHaveText('');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('list', { name: 'Commitments made this session' })).toContainText(
    action,
  );
  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();

  // The next session, the same day: told apart by its title.
  await live.backToCohort(DEMO);
  await startSession(page);
  await expect(page.getByText(`${firstTitle} (2)`).first()).toBeVisible();
  await presenterPage.open();
  await page.getByRole('button', { name: 'Begin session' }).click();
  await page.getByRole('button', { name: 'Give the floor to Hana Sato' }).first().click();
  const review = page.getByRole('list', { name: 'Hana Sato’s commitments under review' });
  await expect(review).toContainText(action);
  const onScreen = presenterPage.page.getByRole('region', { name: 'Hana Sato’s commitments' });
  await expect(onScreen).toContainText(action);

  await review
    .getByRole('group', { name: `Outcome: ${action}` })
    .getByRole('button', { name: 'Done' })
    .click();
  await expect(review.getByRole('status')).toHaveText('Done! Well done, Hana Sato.');
  await expect(onScreen.getByText('Done!')).toBeVisible();
});

test('the deck does not draw again a question asked of the same owner in an earlier session', async ({
  consolePage: page,
}) => {
  const choosesHana = async () => {
    const live = await startSession(page);
    await page.getByRole('button', { name: 'Begin session' }).click();
    await live.goToSegment('Challenges: one minute each');
    await live.enterChallenge('Hana Sato', 'Hiring a senior designer with no budget line');
    await live.goToSegment('Choose a challenge');
    await page.getByRole('button', { name: 'Choose the challenge of Hana Sato' }).click();
    await live.goToSegment('Clarifying questions');
    await expect(page.getByText('Hana Sato’s challenge:')).toBeVisible();
    return live;
  };
  const card = page.getByRole('article', { name: 'Selected question' });
  const drawAndShow = async () => {
    await page.getByRole('button', { name: 'Draw next' }).click();
    await page.getByRole('button', { name: 'Show on the screen' }).click();
    await expect(card.getByText('On the screen', { exact: true })).toBeVisible();
    return (await card.locator('p').nth(1).innerText()).trim();
  };

  await new HomePage(page).cohortLink(DEMO).click();
  let live = await choosesHana();
  const first = [await drawAndShow(), await drawAndShow()];
  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: DEMO })
    .click();

  live = await choosesHana();
  const second = [await drawAndShow(), await drawAndShow()];
  expect(second.filter((text) => first.includes(text))).toEqual([]);
  // The console says when a question was asked of her before.
  await page.getByRole('tab', { name: /^Framing/ }).click();
  await expect(
    page
      .getByRole('list', { name: 'Framing questions' })
      .getByRole('button', { name: new RegExp(first[0]!.replace(/[?]/g, '\\?')) }),
  ).toContainText('asked of Hana Sato on');
  await live.endSession();
});
