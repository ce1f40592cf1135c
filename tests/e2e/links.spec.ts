import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';

test('New links replaces both links: the console reopens on its new one, the old presenter link stops working', async ({
  browser,
  host,
}) => {
  const context = await browser.newContext();
  const console = await context.newPage();
  const presenter = await context.newPage();
  await presenter.goto(host.presenterUrl);
  await expect(presenter.getByRole('heading', { name: 'Welcome' })).toBeVisible();

  await console.goto(host.consoleUrl);
  await console.getByRole('link', { name: 'Settings' }).click();
  const links = console.getByRole('region', { name: 'Shared links' });
  await expect(links).toBeVisible();
  await links.getByRole('button', { name: 'New links…' }).click();
  const dialog = console.getByRole('dialog', { name: 'Make new links?' });
  await dialog.getByRole('button', { name: 'Make new links' }).click();

  // The console comes back on a new token, still working. The old page shows the same heading
  // until it has gone, so the new token is waited for first.
  const oldToken = new URL(host.consoleUrl).searchParams.get('token');
  const onNewToken = async () => {
    // The page may be mid-navigation when asked: that answer counts as "not yet".
    const token = await console
      .evaluate(() => sessionStorage.getItem('fc.token:/'))
      .catch(() => null);
    return token !== null && token !== oldToken;
  };
  await expect.poll(onNewToken).toBe(true);
  await expect(console.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await console.getByRole('link', { name: 'Facilitator Console' }).click();
  await expect(console.getByRole('heading', { name: 'Cohorts', level: 1 })).toBeVisible();

  // The presenter opened with the old link loses its connection and cannot get it back.
  await expect(presenter.getByText('Connecting…')).toBeVisible();
  const old = await presenter.request.get(host.presenterUrl);
  expect(old.status()).toBe(401);
  await context.close();
});

test('the settings screen has no serious accessibility problems', async ({ page, host }) => {
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Shared links' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
