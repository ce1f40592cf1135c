/**
 * The one `test` of the end-to-end specs. Its fixtures start the real browser host for a test and
 * stop it afterwards, whatever the test did:
 * - `host`: a host on a fresh data folder; `test.use({ hostOptions: { demo: true } })` seeds the
 *   demo cohort, and `dataFolder` / `extraArgs` pass the rest of startHost's options.
 * - `startHost`: starts more hosts (a restart on the same folder, a second library); every host it
 *   started is stopped when the test ends.
 * - `consolePage`: the test's page, on the console's home screen of `host`.
 * - `presenterPage`: the presenter in a browser context of its own, as on a projector's machine;
 *   not opened yet, so a test can install a clock first, then `open()` it.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { PresenterPage } from '../pages/PresenterPage.ts';
import { HomePage } from '../pages/HomePage.ts';
import { startHost as launchHost, type RunningHost } from './browserHost.ts';

export type HostOptions = NonNullable<Parameters<typeof launchHost>[0]>;
export type HostStarter = (options?: HostOptions) => Promise<RunningHost>;

interface Fixtures {
  hostOptions: HostOptions;
  startHost: HostStarter;
  host: RunningHost;
  consolePage: Page;
  presenterPage: PresenterPage;
}

export const test = base.extend<Fixtures>({
  hostOptions: [{}, { option: true }],
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  startHost: async ({}, use) => {
    const started: RunningHost[] = [];
    await use(async (options = {}) => {
      const host = await launchHost(options);
      started.push(host);
      return host;
    });
    await Promise.all(started.map((host) => host.stop()));
  },
  host: async ({ startHost, hostOptions }, use) => {
    await use(await startHost(hostOptions));
  },
  consolePage: async ({ page, host }, use) => {
    await new HomePage(page).open(host.consoleUrl);
    await use(page);
  },
  presenterPage: async ({ browser, host }, use) => {
    const context = await browser.newContext();
    await use(new PresenterPage(await context.newPage(), host.presenterUrl));
    await context.close();
  },
});

export { expect };
