/**
 * Setting up a session on a laptop screen: the dialog fits 1280×720 and has no serious
 * accessibility problems; a Troika Consulting session with the seating reordered by keyboard and
 * by the move buttons runs Troika's agenda, and the speaker queue goes around in the seating.
 */
import AxeBuilder from '@axe-core/playwright';
import { PROTOCOLS } from '../../shared/protocols/protocols.ts';
import { HomePage } from './pages/HomePage.ts';
import { LivePage } from './pages/LivePage.ts';
import { SessionSetup } from './pages/SessionSetup.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true }, viewport: { width: 1280, height: 720 } });

const DEMO = 'Demo — Product leads circle';

test('the setup fits a laptop screen and has no serious accessibility violations', async ({
  consolePage: page,
}) => {
  await new HomePage(page).cohortLink(DEMO).click();
  const setup = await new SessionSetup(page).open();
  const box = await setup.dialog.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  await expect(setup.dialog.getByRole('button', { name: 'Start session' })).toBeInViewport();

  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a Troika Consulting session runs Troika’s agenda, the queue in the seating order', async ({
  consolePage: page,
}) => {
  await new HomePage(page).cohortLink(DEMO).click();
  const setup = await new SessionSetup(page).open();
  const troika = PROTOCOLS['troika-consulting'];

  await setup.protocol('Troika Consulting').check();
  await expect(setup.protocol('Troika Consulting')).toBeChecked();
  await expect(
    setup.dialog.getByRole('list', { name: 'Steps of Troika Consulting' }),
  ).toContainText(troika.segments[3]!.cue);

  const before = await setup.seatedNames();
  expect(before.at(-1)).toBe('Hana Sato');
  // The last in the room to the first seat by keyboard (dnd-kit), then one down by button.
  await setup.dragByKeyboard('Hana Sato', before.length, 1);
  await expect.poll(() => setup.seatedNames()).toEqual(['Hana Sato', ...before.slice(0, -1)]);
  await setup
    .seating()
    .getByRole('button', { name: `Move ${before[0]} down` })
    .click();
  const seated = ['Hana Sato', before[1]!, before[0]!, ...before.slice(2, -1)];
  await expect.poll(() => setup.seatedNames()).toEqual(seated);
  // The button keeps focus as its row moves, for the next press.
  await expect(
    setup.seating().getByRole('button', { name: `Move ${before[0]} down` }),
  ).toBeFocused();

  // One member stays home: not seated in the queue, and holds no role today.
  const away = seated.at(-1)!;
  await setup.seating().getByRole('checkbox', { name: away }).uncheck();
  await setup.role('Facilitator').selectOption({ label: 'Hana Sato' });
  await expect(setup.role('Facilitator')).toHaveValue(/.+/);
  await setup.start();

  const live = new LivePage(page);
  expect(await live.segmentTitles()).toEqual(troika.segments.map((s) => s.title));
  await page.getByRole('button', { name: 'Begin session' }).click();
  const stageTitle = page.getByRole('heading', { name: troika.segments[0]!.title, level: 1 });
  await expect(stageTitle).toBeVisible();
  // The facilitator sees the cue the room is given for the segment, under the stage's title (the
  // room screen's mirror beside it shows the same words).
  await expect(stageTitle.locator('..').getByText(troika.segments[0]!.cue)).toBeVisible();
  const attending = seated.filter((name) => name !== away);
  await expect(live.upNext().getByRole('listitem')).toHaveText(
    attending.map((name) => new RegExp(name)),
  );
});
