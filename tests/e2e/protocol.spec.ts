/**
 * One whole session of the demo cohort, console and presenter side by side: at every phase the
 * room's screen shows what that phase needs and nothing it must not (no question, speaker or turn
 * timer left over from the phase before), and every screen of the room passes axe.
 */
import { HomePage } from './pages/HomePage.ts';
import { PROTOCOLS } from '../../shared/protocols/protocols.ts';
import { LivePage, startSession } from './pages/LivePage.ts';
import { SessionSetup } from './pages/SessionSetup.ts';
import { expectNoSeriousViolations as noSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

test('a whole protocol: the room sees each phase, and nothing of the one before', async ({
  consolePage: page,
  presenterPage,
}) => {
  test.setTimeout(120_000);
  const room = presenterPage.page;
  const next = () => page.getByRole('button', { name: /^(Next segment|Begin session)/ }).click();
  const heading = (name: string | RegExp) => room.getByRole('heading', { name });
  const turnTimer = room.getByRole('timer', { name: 'Turn' });

  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  const live = await startSession(page);
  await presenterPage.open();

  // Welcome: the cohort, the session, what to expect; nothing of a run yet.
  await expect(room.getByRole('main', { name: 'Presenter (welcome)' })).toBeVisible();
  await expect(room.getByText('Demo — Product leads circle')).toBeVisible();
  const expect_ = room.getByRole('region', { name: 'What to expect' });
  await expect(expect_.getByText('Clarifying questions')).toBeVisible();
  await expect(turnTimer).toHaveCount(0);
  await noSeriousViolations(room, 'welcome');

  // Check-in: who speaks, with the turn timer.
  await next();
  await expect(heading('Check-in and progress on commitments')).toBeVisible();
  await live.nextSpeaker();
  await expect(room.getByText('Checking in')).toBeVisible();
  await expect(presenterPage.person('Amara Okafor')).toBeVisible();
  await expect(turnTimer).toBeVisible();
  await noSeriousViolations(room, 'check-in');

  // Challenges: the list as it comes in, names only when the facilitator allows.
  await next();
  await expect(heading('Challenges: one minute each')).toBeVisible();
  await expect(presenterPage.person('Amara Okafor')).toHaveCount(0);
  await expect(turnTimer).toHaveCount(0);
  await live.enterChallenge('Amara Okafor', 'Our roadmap keeps slipping');
  await live.enterChallenge('Jonas Lindqvist', 'Hiring has taken five months');
  const listed = room.getByRole('region', { name: 'Challenges' });
  await expect(listed.getByText('Our roadmap keeps slipping')).toBeVisible();
  await expect(listed.getByText('Hiring has taken five months')).toBeVisible();
  await expect(listed.getByText('Amara Okafor')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Show names with the challenges/ }).check();
  await expect(listed.getByText('Amara Okafor')).toBeVisible();
  await noSeriousViolations(room, 'challenges');

  // Choose: the options, the tally only once revealed, then the chosen challenge and its owner.
  await next();
  await expect(heading('Choose a challenge')).toBeVisible();
  for (const voter of ['Amara Okafor', 'Priya Raman']) {
    await page
      .getByRole('combobox', { name: `Vote of ${voter}` })
      .selectOption({ label: 'Jonas Lindqvist: Hiring has taken five months' });
  }
  await expect(room.getByText('2 votes cast')).toBeVisible();
  await expect(room.getByText('2 votes', { exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show the tally on the room’s screen' }).check();
  await expect(room.getByText('2 votes', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Close the vote' }).click();
  const chosen = room.getByRole('region', { name: 'The chosen challenge' });
  await expect(chosen.getByText('Hiring has taken five months')).toBeVisible();
  await expect(chosen.getByText('Jonas Lindqvist')).toBeVisible();
  await noSeriousViolations(room, 'choose');

  // Clarifying rounds: the question, its category, who answers, who asks, the turn timer.
  await next();
  await expect(heading('Clarifying questions')).toBeVisible();
  await expect(room.getByText('Our roadmap keeps slipping')).toHaveCount(0);
  await page.getByRole('button', { name: /^Draw next/ }).click();
  await page.getByRole('button', { name: /^Show on the screen/ }).click();
  await expect(page.getByRole('button', { name: /^Hide from the screen/ })).toBeVisible();
  const onScreen = room.getByRole('heading', { level: 1 });
  const questionText = (await onScreen.textContent()) ?? '';
  expect(questionText.length).toBeGreaterThan(10);
  await expect(page.getByRole('article', { name: 'Selected question' })).toContainText(
    questionText,
  );
  await expect(heading(questionText)).toBeVisible();
  await expect(room.getByText('Answering')).toBeVisible();
  await expect(presenterPage.person('Jonas Lindqvist')).toBeVisible();
  await live.nextSpeaker();
  await expect(room.getByText('Asking')).toBeVisible();
  await expect(turnTimer).toBeVisible();
  await noSeriousViolations(room, 'clarifying');

  // Recommendations: the question is gone; the challenge in a line; who recommends; the timer.
  await next();
  await expect(heading('Recommendations')).toBeVisible();
  await expect(heading(questionText)).toHaveCount(0);
  await expect(room.getByText('Answering')).toHaveCount(0);
  await expect(room.getByText('Hiring has taken five months')).toBeVisible();
  await live.nextSpeaker();
  await expect(room.getByText('Recommending')).toBeVisible();
  await expect(turnTimer).toBeVisible();
  await noSeriousViolations(room, 'recommendations');

  // Commit: the action plan as it is captured; no speaker, no turn timer.
  await next();
  await expect(heading('Commitments')).toBeVisible();
  await expect(turnTimer).toHaveCount(0);
  await expect(room.getByText('Recommending')).toHaveCount(0);
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Jonas Lindqvist' });
  await form.getByRole('textbox', { name: 'Will do' }).fill('Rewrite the job ad with the team');
  await form.getByRole('button', { name: /Add/ }).click();
  const plan = room.getByRole('region', { name: 'Action plan' });
  await expect(plan.getByText('Rewrite the job ad with the team')).toBeVisible();
  await expect(plan.getByText('Jonas Lindqvist')).toBeVisible();
  await noSeriousViolations(room, 'commit');

  // Reflect: the prompt; the action plan is not on the screen any more.
  await next();
  await expect(heading('Reflection')).toBeVisible();
  await expect(room.getByText('What changed in how we see the problem?')).toBeVisible();
  await expect(room.getByText('Rewrite the job ad with the team')).toHaveCount(0);
  await expect(turnTimer).toHaveCount(0);
  await noSeriousViolations(room, 'reflect');

  // A break: its countdown, over the run; then back.
  const screen = page.getByRole('radiogroup', { name: 'Room screen' });
  await screen.getByRole('radio', { name: 'Break' }).click();
  const breakDialog = page.getByRole('dialog', { name: 'Call a break' });
  await breakDialog.getByRole('radio', { name: '15 min' }).click();
  await noSeriousViolations(page, 'break dialog');
  await breakDialog.getByRole('button', { name: 'Start the break' }).click();
  await expect(room.getByRole('main', { name: 'Presenter (break)' })).toBeVisible();
  await expect(room.getByRole('timer', { name: 'Back in' })).toContainText(/^.*1[45]:\d\d/);
  await expect(room.getByText(/^Back at /)).toBeVisible();
  await noSeriousViolations(room, 'break');
  await screen.getByRole('radio', { name: 'Welcome' }).click();
  await expect(room.getByRole('main', { name: 'Presenter (welcome)' })).toBeVisible();
  await screen.getByRole('radio', { name: 'Session' }).click();
  await expect(heading('Reflection')).toBeVisible();
  await noSeriousViolations(page, 'live screen');
});

test('the room size sets the smallest text, and the console warns about a screen too small', async ({
  consolePage: page,
  presenterPage,
}) => {
  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await presenterPage.open();
  const label = presenterPage.page.getByRole('heading', {
    name: 'Check-in and progress on commitments',
  });
  const sizeOf = () => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await sizeOf();

  await page.getByRole('button', { name: 'Room size' }).click();
  const dialog = page.getByRole('dialog', { name: 'Room size' });
  await dialog.getByRole('spinbutton', { name: /Farthest seat/ }).fill('20');
  await dialog.getByRole('spinbutton', { name: /Height of the projected image/ }).fill('1.2');
  await expect(dialog.getByRole('note')).toContainText('The image is small for this room');
  await dialog.getByRole('spinbutton', { name: /Farthest seat/ }).fill('7');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await noSeriousViolations(page, 'room size dialog');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  // 7 m from a 1.2 m image: letters 2.9 % of its height, so the headings grow.
  await expect.poll(sizeOf).toBeGreaterThan(before);
});

test('Troika Consulting: each step shows its cue, and the owner turns away while the consultants talk', async ({
  consolePage: page,
  presenterPage,
}) => {
  test.setTimeout(120_000);
  const room = presenterPage.page;
  const next = () => page.getByRole('button', { name: /^(Next segment|Begin session)/ }).click();
  const heading = (name: string) => room.getByRole('heading', { name, exact: true });
  const turnTimer = room.getByRole('timer', { name: 'Turn' });
  const troika = PROTOCOLS['troika-consulting'];
  const cue = (id: string) => troika.segments.find((s) => s.id === id)!.cue;

  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  const setup = await new SessionSetup(page).open();
  await setup.protocol('Troika Consulting').check();
  await setup.start();
  const live = new LivePage(page);
  await presenterPage.open();

  const expect_ = room.getByRole('region', { name: 'What to expect' });
  await expect(expect_.getByText('Consultants discuss')).toBeVisible();
  await expect(expect_.getByText('Recommendations', { exact: true })).toHaveCount(0);

  await next();
  await expect(heading('Reflect on a challenge')).toBeVisible();
  await expect(room.getByText(cue('troika-reflect'))).toBeVisible();
  await expect(turnTimer).toHaveCount(0);

  await next();
  await expect(heading('The owner shares')).toBeVisible();
  const picker = page.getByRole('form', { name: 'Whose challenge' });
  await picker.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Priya Raman' });
  await picker.getByRole('textbox', { name: 'Challenge' }).fill('Two teams own the same API');
  await picker.getByRole('button', { name: 'Choose' }).click();
  const chosen = room.getByRole('region', { name: 'The chosen challenge' });
  await expect(chosen.getByText('Two teams own the same API')).toBeVisible();
  await expect(chosen.getByText('Priya Raman')).toBeVisible();
  await noSeriousViolations(room, 'troika, the owner shares');

  await next();
  await expect(heading('Clarifying questions')).toBeVisible();
  await expect(room.getByText(cue('troika-clarify'))).toBeVisible();
  await expect(room.getByText('Answering')).toBeVisible();
  await live.nextSpeaker();
  await expect(room.getByText('Asking')).toBeVisible();
  await expect(turnTimer).toBeVisible();

  await next();
  await expect(heading('Consultants discuss')).toBeVisible();
  await expect(room.getByText(cue('troika-consult'))).toBeVisible();
  await expect(room.getByText('Answering')).toHaveCount(0);
  await expect(room.getByText('Two teams own the same API')).toBeVisible();
  await live.nextSpeaker();
  await expect(room.getByText('Consulting', { exact: true })).toBeVisible();
  // The owner listens: never the one consulting, and not in the line.
  await expect(room.getByText('Priya Raman', { exact: true })).toHaveCount(0);
  await expect(room.getByText(/^Next/)).not.toContainText('Priya Raman');
  await noSeriousViolations(room, 'troika, consult');

  await next();
  await expect(heading('What was most valuable')).toBeVisible();
  await expect(room.getByText(cue('troika-valuable'))).toBeVisible();
  await expect(room.getByText('Consulting', { exact: true })).toHaveCount(0);
  await expect(turnTimer).toHaveCount(0);
});
