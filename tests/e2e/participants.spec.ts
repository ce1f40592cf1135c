/**
 * Participants on their phones, through the browser host on the network (--lan), with the console,
 * the presenter and five phone-sized pages side by side: joining by the join address, writing
 * challenges first (hidden on the room's screen until revealed together), a secret vote revealed by
 * the facilitator, hands raised in order, a progress update that comes back at its owner's turn in
 * check-in, a recommendation offered from a phone and accepted into the notes, a reload that keeps
 * the participant and what they typed, a private journal entry no other page and no report shows,
 * and a removed phone refused.
 */
import { devices, type Browser, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { startSession, type LivePage } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
const NAMES = ['Amara Okafor', 'Jonas Lindqvist', 'Priya Raman', 'Tomás Herrera', 'Hana Sato'];
test.use({ hostOptions: { demo: true, extraArgs: ['--lan'] } });
// Seven pages at once (the console, the presenter and up to five phones) with axe runs: on two
// busy cores such a scenario takes longer than the default 30 s budget for one page's test.
test.describe.configure({ timeout: 120_000 });

/** Lets participants join from the console; answers the join address it shows (or skips). */
async function letThemJoin(page: Page): Promise<string> {
  const phones = page.getByRole('region', { name: /Phones/ });
  await phones.getByRole('checkbox', { name: 'Let participants join' }).check();
  await expect(phones.getByText(/^Code /)).toBeVisible();
  const address = phones.getByText(/\/join\?code=/).first();
  test.skip(
    (await address.count()) === 0,
    'This machine has no network address, so phones have no join address to open.',
  );
  return (await address.innerText()).trim();
}

async function phone(
  browser: Browser,
  address: string,
  name: string,
  { checkJoinScreen = false } = {},
): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  if (checkJoinScreen) {
    await expectNoSeriousViolations(page, 'phone: joining');
    await page.screenshot({ path: test.info().outputPath('phone-join.png') });
  }
  await page
    .getByRole('list', { name: 'Names in the session' })
    .getByRole('button', { name })
    .click();
  await expect(page.getByText(`You: ${name}`)).toBeVisible();
  return page;
}

async function begin(page: Page): Promise<LivePage> {
  await new HomePage(page).cohortLink(DEMO).click();
  return startSession(page);
}

test('five phones join, write first, vote in secret and raise hands in order', async ({
  consolePage: page,
  presenterPage,
  browser,
}) => {
  const live = await begin(page);
  await presenterPage.open();
  const room = presenterPage.page;
  const address = await letThemJoin(page);
  // The room's welcome shows how to join: the QR code and the code.
  const joinBlock = room.getByRole('region', { name: 'Join from your phone' });
  await expect(joinBlock.getByRole('img', { name: /^QR code of / })).toBeVisible();
  const code = new URL(address).searchParams.get('code')!;
  await expect(joinBlock).toContainText(code);

  const phones = await Promise.all(
    NAMES.map((name, index) => phone(browser, address, name, { checkJoinScreen: index === 0 })),
  );
  await expectNoSeriousViolations(page, 'console: phones joined');
  await page.screenshot({ path: test.info().outputPath('console-phones.png') });
  await room.screenshot({ path: test.info().outputPath('room-welcome-join.png') });
  await expect(page.getByRole('list', { name: 'Phones joined' }).getByRole('listitem')).toHaveCount(
    5,
  );
  await expectNoSeriousViolations(phones[0]!, 'phone: the session');

  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Challenges: one minute each');
  await page.getByRole('checkbox', { name: /Write first/ }).check();
  const texts = [
    'Hiring with no budget line',
    'Roadmap keeps slipping',
    'Sales bypasses the review',
  ];
  for (const [index, text] of texts.entries()) {
    const card = phones[index]!.getByRole('region', { name: 'Your challenge' });
    await card.getByRole('textbox').fill(text);
    await card.getByRole('button', { name: 'Send my challenge' }).click();
    await expect(card).toContainText(`Sent: “${text}”`);
  }
  await phones[3]!
    .getByRole('region', { name: 'Your challenge' })
    .getByRole('button', { name: 'Pass' })
    .click();
  await expect(room.getByText('3 challenges written: revealed together')).toBeVisible();
  for (const text of texts) await expect(room.getByText(text)).toHaveCount(0);
  // No phone sees another's challenge.
  await expect(phones[1]!.getByText(texts[0]!)).toHaveCount(0);
  await page.getByRole('button', { name: /^Reveal all/ }).click();
  for (const text of texts) await expect(room.getByText(text)).toBeVisible();

  await live.goToSegment('Choose a challenge');
  const votes = [1, 1, 0, 1, 2];
  for (const [index, choice] of votes.entries()) {
    const card = phones[index]!.getByRole('region', { name: 'Your vote' });
    await card.getByRole('radio', { name: texts[choice]! }).check();
    await expect(card.getByRole('radio', { name: texts[choice]! })).toBeChecked();
  }
  // Secret until revealed: the room counts the votes and shows no tally.
  await expect(room.getByText(/votes?$/)).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show the tally on the room’s screen' }).check();
  await expect(room.getByText('3 votes')).toBeVisible();
  await expect(room.getByText('1 vote').first()).toBeVisible();

  await live.goToSegment('Clarifying questions');
  await live.queueMode('Hands');
  for (const index of [2, 0, 4]) {
    const card = phones[index]!.getByRole('region', { name: 'Your hand' });
    await card.getByRole('button', { name: 'Raise my hand' }).click();
    await expect(card.getByRole('button', { name: 'Lower my hand' })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: 'Up next' }).getByRole('listitem')).toHaveText([
    /Priya Raman/,
    /Amara Okafor/,
    /Hana Sato/,
  ]);
  await expect(phones[0]!.getByText('Hand up: you are number 2 in line.')).toBeVisible();
  await phones[0]!.getByRole('button', { name: 'Lower my hand' }).click();
  await expect(page.getByRole('list', { name: 'Up next' }).getByRole('listitem')).toHaveText([
    /Priya Raman/,
    /Hana Sato/,
  ]);
  await phones[0]!.screenshot({ path: test.info().outputPath('phone-hands.png') });
  await phones[2]!.screenshot({
    path: test.info().outputPath('phone-speaking.png'),
    fullPage: true,
  });
});

test('progress from a phone comes back at check-in, a journal entry stays private, a removed phone is refused', async ({
  consolePage: page,
  presenterPage,
  browser,
}) => {
  const live = await begin(page);
  await presenterPage.open();
  const address = await letThemJoin(page);
  const [tomas, hana] = await Promise.all([
    phone(browser, address, 'Tomás Herrera'),
    phone(browser, address, 'Hana Sato'),
  ]);
  await page.getByRole('button', { name: 'Begin session' }).click();

  // Before his turn, Tomás reports on a commitment from his phone.
  const commitments = tomas.getByRole('region', { name: 'Your commitments' });
  const first = commitments.getByRole('region').first();
  await first
    .getByRole('textbox', { name: 'Accomplished' })
    .fill('Split the findings: 11 block users');
  await first.getByRole('button', { name: 'Send my update' }).click();
  await expect(first.getByRole('status')).toContainText('comes up at your turn');
  await page.getByRole('button', { name: 'Give the floor to Tomás Herrera' }).first().click();
  await expect(
    page.getByRole('list', { name: 'Tomás Herrera’s commitments under review' }),
  ).toContainText('Split the findings: 11 block users');
  await expect(
    presenterPage.page.getByRole('region', { name: 'Tomás Herrera’s commitments' }),
  ).toContainText('Split the findings: 11 block users');

  // At recommendations Hana offers one from her phone; the facilitator accepts it into the notes.
  await live.goToSegment('Recommendations');
  const offer = 'Pair the accessibility fixes with the next release notes';
  const card = hana.getByRole('region', { name: 'Your recommendation' });
  await card.getByRole('textbox').fill(offer);
  // A reload (a phone that slept) keeps the participant and what was typed.
  await hana.reload();
  await expect(hana.getByText('You: Hana Sato')).toBeVisible();
  await expect(card.getByRole('textbox')).toHaveValue(offer);
  await card.getByRole('button', { name: 'Offer it' }).click();
  await expect(
    card.getByRole('list', { name: 'Offered, waiting for the facilitator' }),
  ).toContainText(offer);
  await page.getByRole('button', { name: 'Accept Hana Sato’s recommendation' }).click();
  await expect(page.getByRole('list', { name: 'Recommendations so far' })).toContainText(offer);
  await expect(
    card.getByRole('list', { name: 'Offered, waiting for the facilitator' }),
  ).toHaveCount(0);

  // At reflection Hana writes in her journal, privately.
  const secret = 'I still avoid the budget conversation with my manager.';
  await live.goToSegment('Reflection');
  const journal = hana.getByRole('region', { name: 'Your learning journal' });
  await journal.getByRole('textbox', { name: 'What did I learn from others today?' }).fill(secret);
  await journal.getByRole('button', { name: 'Save in my journal' }).click();
  await expect(journal.getByRole('status')).toHaveText('Saved in your journal.');
  await expectNoSeriousViolations(hana, 'phone: the journal');
  for (const other of [tomas, presenterPage.page, page])
    await expect(other.getByText(secret)).toHaveCount(0);

  // The facilitator removes Tomás's phone: it is told, and its token no longer works.
  await page.getByRole('button', { name: 'Remove Tomás Herrera’s phone' }).click();
  await expect(
    tomas.getByText('The facilitator removed this phone from the session.'),
  ).toBeVisible();
  await expect(tomas.getByRole('heading', { name: 'Join the session' })).toBeVisible();

  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(hana.getByText('The session has ended. Thank you for taking part.')).toBeVisible();
});
