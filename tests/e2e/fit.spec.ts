/**
 * The question fits: from 1 to 300 characters, on a 4:3 projector, 720p, 1080p and 4K, the
 * question takes the largest type that fits while the speaker and the turn timer stay on the
 * screen. Each case is screenshotted into the test's output for a person to look at.
 */
import type { Locator } from '@playwright/test';
import { connectClient, demoSession } from './support/hostClient.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

const RESOLUTIONS = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const;
const LENGTHS = [1, 60, 120, 200, 300];

/** A question of exactly `length` characters, in words, ending in a question mark. */
function questionOf(length: number): string {
  if (length === 1) return '?';
  const words = 'What would change for your team if this problem were solved by next spring'.split(
    ' ',
  );
  let text = '';
  for (let i = 0; text.length < length - 1; i++)
    text += (text ? ' ' : '') + words[i % words.length];
  return `${text
    .slice(0, length - 1)
    .trimEnd()
    .padEnd(length - 1, 'x')}?`;
}

async function inside(locator: Locator, width: number, height: number) {
  const box = await locator.boundingBox();
  expect(box, 'on the screen').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
  return box!;
}

test('a question of 1 to 300 characters fits at four resolutions with the speaker and timer on screen', async ({
  host,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const client = await connectClient(host);
  const session = await demoSession(client);
  const [owner, asker] = session.people;
  await session.send(
    { type: 'challenge.enter', attendeeId: owner!.id, text: 'Our roadmap keeps slipping' },
    { type: 'challenge.choose', challengeId: `challenge-${owner!.id}` },
    { type: 'agenda.goto', segmentId: session.segmentOf('clarifying') },
    { type: 'deck.draw' },
    { type: 'deck.show' },
    { type: 'queue.give', personId: asker!.id },
    { type: 'timer.start', timer: 'turn' },
  );
  const deck = await client.call<{ state: { deck: { shownId: string } } }>(
    'live.state',
    session.ref,
  );
  const questionId = deck.state.deck.shownId;

  for (const [width, height] of RESOLUTIONS) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(host.presenterUrl);
    for (const length of LENGTHS) {
      const text = questionOf(length);
      expect(text).toHaveLength(length);
      await client.call('deck.customise', {
        cohortId: session.ref.cohortId,
        edit: { type: 'question.edit', questionId, text },
      });
      const question = page.getByRole('heading', { name: text, exact: true });
      await expect(question).toBeVisible();
      // The fitted size has settled once the box no longer scrolls.
      await expect
        .poll(() =>
          question.evaluate((el) => el.scrollHeight <= el.parentElement!.clientHeight + 1),
        )
        .toBe(true);
      const fit = await question.evaluate((el) => ({
        share: Number((el as HTMLElement).dataset.fitShare),
        overflowsWidth: el.scrollWidth > el.parentElement!.clientWidth + 1,
      }));
      expect(fit.overflowsWidth).toBe(false);
      const questionBox = await inside(question, width, height);
      const speaker = page.getByText(asker!.name, { exact: true });
      const speakerBox = await inside(speaker, width, height);
      const timerBox = await inside(page.getByRole('timer', { name: 'Turn' }), width, height);
      // Nothing sits on the question.
      expect(questionBox.y + questionBox.height).toBeLessThanOrEqual(
        Math.min(speakerBox.y, timerBox.y) + 0.5,
      );
      // Shorter questions are set larger; even 300 characters stay a readable size.
      expect(fit.share).toBeGreaterThan(0.035);
      const path = testInfo.outputPath(`fit-${width}x${height}-${length}.png`);
      await page.screenshot({ path });
    }
    await context.close();
  }
  client.close();
});
