/**
 * A commitment's success signal, through the browser host with the presenter beside the console:
 * typed at commit with "We'll know it's done when", it answers the no-result nudge, shows under
 * the action on the console and on the room's screen, and comes back at the owner's check-in in
 * the next session, on both screens. Screenshotted into the test's output for a person to look at.
 */
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const ACTION = 'Better onboarding for new designers';
const SIGNAL = 'Two new joiners rate week one 4 out of 5';
test.use({ hostOptions: { demo: true } });

test('a success signal is captured at commit and shows on both screens, then at the next check-in', async ({
  consolePage: page,
  presenterPage,
}, testInfo) => {
  await new HomePage(page).cohortLink(DEMO).click();
  const live = await startSession(page);
  await presenterPage.open();
  const room = presenterPage.page;
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Hana Sato' });
  await form.getByRole('textbox', { name: 'Will do' }).fill(ACTION);
  const nudges = page.getByRole('status', { name: 'Commitment nudges' });
  await expect(nudges).toContainText('What will the group see when it is done?');
  await form.getByRole('textbox', { name: 'We’ll know it’s done when' }).fill(SIGNAL);
  await expect(nudges).not.toContainText('What will the group see');
  await expectNoSeriousViolations(page, 'commit form with a success signal');
  const shot = testInfo.outputPath('commit-form.png');
  await form.screenshot({ path: shot });
  await testInfo.attach('commit form', { path: shot, contentType: 'image/png' });
  await form.getByRole('button', { name: 'Add commitment' }).click();

  await expect(page.getByRole('list', { name: 'Commitments made this session' })).toContainText(
    `Done when: ${SIGNAL}`,
  );
  const plan = room.getByRole('region', { name: 'Action plan' });
  await expect(plan).toContainText(ACTION);
  await expect(plan).toContainText(`Done when: ${SIGNAL}`);
  const roomShot = testInfo.outputPath('room-commit.png');
  await room.screenshot({ path: roomShot });
  await testInfo.attach('room at commit', { path: roomShot, contentType: 'image/png' });
  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: DEMO })
    .click();
  await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await page.getByRole('button', { name: 'Give the floor to Hana Sato' }).first().click();
  const review = page.getByRole('list', { name: 'Hana Sato’s commitments under review' });
  await expect(review).toContainText(`Done when: ${SIGNAL}`);
  const onScreen = room.getByRole('region', { name: 'Hana Sato’s commitments' });
  await expect(onScreen).toContainText(`Done when: ${SIGNAL}`);
  const checkIn = testInfo.outputPath('room-check-in.png');
  await room.screenshot({ path: checkIn });
  await testInfo.attach('room at check-in', { path: checkIn, contentType: 'image/png' });
});
