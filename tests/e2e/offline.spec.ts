/**
 * The browser host stops in the middle of a session: the console says so and refuses keys and
 * buttons in words (nothing is kept to be applied later), the presenter shows a quiet
 * "Reconnecting" mark and its timers stand still. The host starts again on the same port and
 * library: both pages come back by themselves and carry on.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

const OFFLINE_REFUSAL = /Not connected to the app/;

/** The seconds a timer shows. */
async function seconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.timer__digits').innerText()).trim();
  const [minutes, secs] = text.replace('−', '').split(':').map(Number);
  return (text.startsWith('−') ? -1 : 1) * (minutes! * 60 + secs!);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.help}`);
}

test('offline: the console refuses in words, the presenter freezes; both come back on a restart', async ({
  consolePage: page,
  presenterPage: presenter,
  host,
  startHost,
}) => {
  test.setTimeout(60_000);
  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  const live = await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await presenter.page.clock.install();
  await presenter.open();
  await page.keyboard.press('n');
  await expect(live.floorName()).toHaveText('Amara Okafor');
  const projected = presenter.turnTimer();
  await expect(projected).toHaveAttribute('data-run', 'running');

  await host.stop();

  // The console says the connection is lost, in a banner that stays until it is back.
  const banner = page.getByRole('alert', { name: 'Connection lost' });
  await expect(banner).toContainText('Connection to the app lost — reconnecting…');
  // A key and a button are refused at once, in words.
  await page.keyboard.press('n');
  await expect(page.getByText(OFFLINE_REFUSAL)).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Room screen' })
    .getByRole('radio', { name: 'Blank' })
    .click();
  await expect(page.getByText(OFFLINE_REFUSAL)).toBeVisible();
  await page.getByRole('button', { name: 'Next speaker' }).click();
  await expect(page.getByText(OFFLINE_REFUSAL)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The presenter marks it quietly and its timers stand still, however long it lasts.
  await expect(presenter.page.getByRole('status')).toHaveText('Reconnecting');
  await expect(projected).toHaveAttribute('data-frozen', '');
  expect(await seriousViolations(presenter.page)).toEqual([]);
  const frozen = await seconds(projected);
  await presenter.page.clock.fastForward(6000);
  expect(await seconds(projected)).toBe(frozen);

  // The host starts again on the same port and library: both pages come back by themselves.
  const port = new URL(host.origin).port;
  await startHost({ dataFolder: host.dataFolder, extraArgs: ['--port', port] });
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect(presenter.page.getByText('Reconnecting')).toBeHidden({ timeout: 15_000 });
  await expect(projected).not.toHaveAttribute('data-frozen', '');
  // Nothing pressed while offline was applied afterwards: Amara still has the floor, the room
  // still sees the session rather than a blank screen.
  await expect(live.floorName()).toHaveText('Amara Okafor');
  await expect(presenter.person('Amara Okafor')).toBeVisible();
  // The timer runs again, and the console acts again.
  await expect.poll(() => seconds(projected), { timeout: 5000 }).toBeLessThan(frozen);
  await page.keyboard.press('n');
  await expect(live.floorName()).toHaveText('Jonas Lindqvist');
  await expect(presenter.person('Jonas Lindqvist')).toBeVisible();
  // The tab kept its token: reloaded against the restarted host, the presenter is let back in.
  await presenter.page.reload();
  await expect(presenter.person('Jonas Lindqvist')).toBeVisible();
});
