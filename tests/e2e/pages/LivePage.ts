import { expect, type Locator, type Page } from '@playwright/test';

/** The facilitator's live session screen. */
export class LivePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  agenda(): Locator {
    return this.page.getByRole('navigation', { name: 'Agenda' });
  }

  async goToSegment(title: string) {
    await this.agenda()
      .getByRole('button', { name: new RegExp(`^${title}`) })
      .click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  floorPanel(): Locator {
    return this.page.getByRole('region', { name: 'Floor' });
  }

  turnTimer(): Locator {
    return this.floorPanel().getByRole('timer', { name: 'Turn timer' });
  }

  upNext(): Locator {
    return this.page.getByRole('list', { name: 'Up next' });
  }

  floorName(): Locator {
    return this.floorPanel().getByRole('strong');
  }

  airtimeList(): Locator {
    return this.page.getByRole('list', { name: 'Airtime per person' });
  }

  /** Turns one of the session settings on or off, in the dialog from the live bar. */
  async setOption(label: string, on: boolean) {
    await this.page.getByRole('button', { name: 'Session settings' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Session settings' });
    const box = dialog.getByRole('checkbox', { name: new RegExp(`^${label}`) });
    // The box follows the session's state: it changes once the host has applied the setting.
    if ((await box.isChecked()) !== on) await box.click();
    await expect(box).toBeChecked({ checked: on });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }

  async setCustomTurn(minutes: number, seconds: number) {
    await this.floorPanel()
      .getByRole('button', { name: /^Custom length/ })
      .click();
    const form = this.page.getByRole('form', { name: 'Custom turn length' });
    await form.getByRole('spinbutton', { name: 'Minutes' }).fill(String(minutes));
    await form.getByRole('spinbutton', { name: 'Seconds' }).fill(String(seconds));
    await form.getByRole('button', { name: 'Set' }).click();
    await expect(form).toBeHidden();
  }

  async addGuest(name: string) {
    await this.floorPanel().getByRole('button', { name: 'Add guest' }).click();
    const form = this.page.getByRole('form', { name: 'Add a guest' });
    await form.getByRole('textbox', { name: 'Guest’s name' }).fill(name);
    await form.getByRole('button', { name: 'Add guest' }).click();
    await expect(form).toBeHidden();
  }

  async queueMode(mode: 'Round' | 'Hands' | 'Balanced') {
    await this.page.getByRole('radio', { name: mode }).click();
    await expect(this.page.getByRole('radio', { name: mode })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  }

  async raiseHand(person: string) {
    await this.page.getByRole('button', { name: `Raise hand for ${person}` }).click();
  }

  async nextSpeaker() {
    await this.page.getByRole('button', { name: 'Next speaker', exact: true }).click();
  }

  segmentItem(title: string): Locator {
    return this.agenda()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: new RegExp(`^${title}`) }) });
  }

  /** The tools of an agenda segment show on hover: hover, then click one. */
  async segmentTool(title: string, tool: 'Move up' | 'Move down' | 'Edit' | 'Remove' | 'Skip') {
    const name = tool.startsWith('Move')
      ? `Move ${title} ${tool === 'Move up' ? 'up' : 'down'}`
      : `${tool} ${title}`;
    await this.segmentItem(title).hover();
    await this.agenda().getByRole('button', { name, exact: true }).click();
  }

  async editSegment(title: string, changes: { title?: string; minutes?: number }) {
    await this.segmentTool(title, 'Edit');
    const form = this.agenda().getByRole('form', { name: `Edit ${title}` });
    if (changes.title !== undefined)
      await form.getByRole('textbox', { name: 'Title' }).fill(changes.title);
    if (changes.minutes !== undefined)
      await form.getByRole('spinbutton', { name: 'Planned minutes' }).fill(String(changes.minutes));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }

  /** The segments' titles, in the rail's order. */
  async segmentTitles(): Promise<string[]> {
    const tools = await this.agenda()
      .getByRole('group', { name: / tools$/ })
      .all();
    const names = await Promise.all(tools.map((group) => group.getAttribute('aria-label')));
    return names.map((name) => (name ?? '').replace(/ tools$/, ''));
  }

  async addNote(text: string) {
    await this.page.getByRole('textbox', { name: 'Note' }).fill(text);
    await this.page.getByRole('textbox', { name: 'Note' }).press('Enter');
    await expect(this.page.getByRole('list', { name: 'Notes this session' })).toContainText(text);
  }

  /** The session's title as the live bar shows it: "Session of …" for the default one. */
  async sessionTitle(): Promise<string> {
    return (
      await this.page
        .getByText(/^Session of /)
        .first()
        .innerText()
    ).trim();
  }

  /** Back to the cohort's screen by the breadcrumb (from the live screen or the report). */
  async backToCohort(cohortName: string) {
    await this.page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: cohortName })
      .click();
  }

  async endSession() {
    await this.page.getByRole('button', { name: 'End session' }).click();
    await this.page
      .getByRole('dialog', { name: 'End this session?' })
      .getByRole('button', { name: 'End session' })
      .click();
  }

  async enterChallenge(person: string, text: string) {
    const form = this.page.getByRole('form', { name: `Challenge of ${person}` });
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      this.page.getByRole('region', { name: 'Challenges' }).getByText(text),
    ).toBeVisible();
  }
}

/** Starts a session of the cohort on screen, everyone attending. */
export async function startSession(page: Page): Promise<LivePage> {
  await page.getByRole('button', { name: 'Start a session' }).click();
  await page
    .getByRole('dialog', { name: 'Start a session' })
    .getByRole('button', { name: 'Start session' })
    .click();
  await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  return new LivePage(page);
}

/** The read-only report of an ended session. */
export class SessionReport {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  airtimeRow(person: string): Locator {
    return this.section('Airtime').getByRole('listitem').filter({ hasText: person });
  }
}
