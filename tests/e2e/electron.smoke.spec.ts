/**
 * The desktop app itself, through Playwright's Electron driver: the built main process starts on a
 * fresh library, seeds the demo cohort and shows the console, with the bridge and nothing else in
 * the page. Runs wherever Electron's binary is installed; elsewhere it is reported as skipped with
 * the reason. Self-contained: needs no project fixture, only `npm run build` first.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { findElectronBinary } from '../../electron/electronBinary.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const mainEntry = join(root, 'out', 'main', 'index.js');

const found = findElectronBinary(root);
if ('missing' in found) {
  // The list reporter shows a skipped test without its reason; say it once where people look.
  process.stdout.write(
    `Electron smoke test skipped: Electron binary not installed (${found.missing} missing)\n`,
  );
}

test.describe('Electron app', () => {
  test.skip(
    'missing' in found,
    `Electron binary not installed: ${'missing' in found ? found.missing : ''} missing`,
  );
  test.skip(
    !existsSync(mainEntry),
    `The app is not built: ${mainEntry} missing (run npm run build)`,
  );

  let app: ElectronApplication | undefined;
  let scratch: string;

  test.beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'facilitator-electron-'));
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(scratch, { recursive: true, force: true });
  });

  test('opens the console on a fresh library, with the demo cohort and a locked-down page', async () => {
    const library = join(scratch, 'library');
    // Built pages, never a dev server that happens to be named in the environment.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
      ),
    );
    app = await electron.launch({
      executablePath: 'path' in found ? found.path : '',
      args: [
        // Chromium refuses to run as root with its sandbox (containers, some CI runners).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        mainEntry,
        '--data',
        library,
        '--user-data',
        join(scratch, 'user-data'),
      ],
      cwd: root,
      env,
    });

    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Facilitator Console/);
    await expect(
      page.getByRole('heading', { name: /Cohorts|Facilitator Console/ }).first(),
    ).toBeVisible();
    expect(new URL(page.url()).protocol).toBe('app:');

    // First run: the demo cohort was copied into the empty library, and the console lists it.
    expect(readdirSync(library)).toContain('Demo — Product leads circle.cohort');
    await expect(page.getByText('Demo — Product leads circle').first()).toBeVisible();

    // The page sees the bridge, exactly as declared, and no Node.
    const exposed = await page.evaluate(() => {
      const api = (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[
        'facilitator'
      ];
      return {
        keys: Object.keys(api ?? {}).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      };
    });
    expect(exposed).toEqual({
      keys: ['files', 'invoke', 'subscribe'],
      require: 'undefined',
      process: 'undefined',
    });

    // No window.open, and no navigating away from the app.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect(new URL(page.url()).protocol).toBe('app:');
  });
});
