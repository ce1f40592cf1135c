/**
 * The session leaves the room: from the report of a session just ended, the facilitator exports the
 * report as Markdown, the action plan as CSV and the next meeting as a calendar file, each carrying
 * the commitment, its owner and its date; the export dialog passes axe; and the printable report,
 * printed to PDF by Chromium, has the action plan on page one. The whole cohort goes out as a
 * file, anonymised or not, and comes back in through "Import a cohort file…".
 */
import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CohortFiles } from './pages/CohortFiles.ts';
import { HomePage } from './pages/HomePage.ts';
import { startSession } from './pages/LivePage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
test.use({ hostOptions: { demo: true } });

const COMMITMENT = 'Share the intake rule with sales';

async function openDemoCohort(page: Page) {
  await new HomePage(page).cohortLink(DEMO).click();
  await expect(page.getByRole('heading', { name: DEMO, level: 1 })).toBeVisible();
}

/** A short session of the demo with one commitment, ended, and its report open. */
async function endShortSession(page: Page) {
  await openDemoCohort(page);
  const live = await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Hana Sato' });
  await form.getByRole('textbox', { name: 'Will do' }).fill(COMMITMENT);
  await form.getByLabel('By').fill('2026-12-04');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('list', { name: 'Commitments made this session' })).toContainText(
    COMMITMENT,
  );
  // Ending the session opens its report.
  await live.endSession();
  await expect(page.getByText('Session report')).toBeVisible();
}

async function downloadAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: new RegExp(format) }).check();
  await expect(dialog.getByRole('region', { name: 'Preview' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await textOf(download) };
}

async function textOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('the report exports Markdown, the action plan as CSV and the next meeting as .ics', async ({
  consolePage: page,
}) => {
  await endShortSession(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('Preview of the file')).toContainText(COMMITMENT);
  await expectNoSeriousViolations(page, 'export dialog');

  const markdown = await downloadAs(page, 'Report as Markdown');
  expect(markdown.name).toMatch(new RegExp(`^${DEMO} — \\d{4}-\\d{2}-\\d{2} — .*report\\.md$`));
  const planRow = markdown.text.split('\n').find((line) => line.includes(COMMITMENT));
  expect(planRow).toBe(`| Hana Sato | ${COMMITMENT} | 4 Dec 2026 | Open |`);
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${markdown.name}`);

  const csv = await downloadAs(page, 'Action plan as CSV');
  expect(csv.name).toMatch(/ — action plan\.csv$/);
  expect(csv.text.split('\r\n')[1]).toMatch(
    new RegExp(`^Hana Sato,${COMMITMENT},2026-12-04,Open,`),
  );

  const ics = await downloadAs(page, 'Next meeting for a calendar');
  expect(ics.name).toMatch(/ — next meeting\.ics$/);
  const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toContain(`SUMMARY:Due: ${COMMITMENT}`);
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20261204');
  expect(unfolded).toContain('Hana Sato committed to this');
  expect(unfolded).toMatch(/DTSTART:\d{8}T160000\r\n/);
});

test('the printable report, printed to PDF by Chromium, shows the action plan on page one', async ({
  consolePage: page,
  browser,
}, testInfo) => {
  await openDemoCohort(page);
  await page.getByRole('link', { name: /Session 6 — Experiments nobody reads/ }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Printable report/ }).check();
  // The preview is the page itself, its styles kept apart from the console's.
  const preview = dialog.getByRole('document', { name: 'Preview of the printable report' });
  await expect(preview.getByRole('heading', { name: 'Action plan' })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Who does what by when' })).toContainText(
    'Hold three candidate conversations',
  );
  const shot = testInfo.outputPath('export-dialog.png');
  await dialog.screenshot({ path: shot });
  await testInfo.attach('export dialog', { path: shot, contentType: 'image/png' });
  const html = await downloadAs(page, 'Printable report');
  expect(html.name).toMatch(/ — report\.html$/);

  // Printed offline: the page may fetch nothing.
  const context = await browser.newContext({ offline: true });
  const printed = await context.newPage();
  const requests: string[] = [];
  printed.on('request', (request) => requests.push(request.url()));
  await printed.setContent(html.text);
  const pdf = testInfo.outputPath('report.pdf');
  await printed.pdf({ path: pdf, format: 'A4' });
  await context.close();
  expect(requests).toEqual([]);

  const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  expect(pageOne).toContain('Action plan');
  expect(pageOne).toContain('Hold three candidate conversations');
  expect(pageOne).toContain('Hana Sato');
  expect(pageOne).toContain('26 Nov 2026');
  const png = join(testInfo.outputDir, 'report-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  await testInfo.attach('page one', { path: `${png}.png`, contentType: 'image/png' });
});

test('the whole cohort goes out as a file, anonymised or not, and comes back in as a cohort of its own', async ({
  consolePage: page,
}) => {
  await openDemoCohort(page);
  const files = new CohortFiles(page);

  // A session's report from the File menu too, with the session to pick.
  await files.choose('Export a session…');
  const sessionExport = page.getByRole('dialog', { name: 'Export' });
  await sessionExport.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  await expect(sessionExport.getByLabel('Preview of the file')).toContainText(
    'Ask my VP which of my three',
  );
  await sessionExport.getByRole('button', { name: 'Close' }).click();

  await files.choose('Export the cohort…');
  const dialog = page.getByRole('dialog', { name: 'Export the cohort' });
  await expectNoSeriousViolations(page, 'export the cohort dialog');
  await dialog.getByRole('radio', { name: /An anonymised copy/ }).check();
  const [anonymised] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(anonymised.suggestedFilename()).toBe(`${DEMO} (anonymised).cohort`);
  const anonymisedText = await textOf(anonymised);
  for (const name of ['Amara', 'Jonas', 'Priya', 'Tomás', 'Hana', 'Leah'])
    expect(anonymisedText).not.toContain(name);

  await dialog.getByRole('radio', { name: /The cohort file/ }).check();
  const [whole] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Back home, the anonymised copy comes in as a new cohort beside the demo.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'All cohorts' })
    .click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a cohort file…' }).click(),
  ]);
  await chooser.setFiles(await anonymised.path());
  await expect(page.getByRole('heading', { name: `${DEMO} (anonymised)`, level: 1 })).toBeVisible();
  expect(await whole.path()).toBeTruthy();
});
