import { expect, type Locator, type Page } from '@playwright/test';

/** The "Start a session" dialog: protocol, attendance and seating, guests, roles of the day. */
export class SessionSetup {
  readonly page: Page;
  readonly dialog: Locator;
  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Start a session' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Start a session' }).click();
    await expect(this.dialog).toBeVisible();
    return this;
  }

  protocol(name: string): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  seating(): Locator {
    return this.dialog.getByRole('list', { name: 'Seating order' });
  }

  /** Names in the seating list, top to bottom. */
  async seatedNames(): Promise<string[]> {
    return this.seating()
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent?.trim() ?? ''));
  }

  /** What dnd-kit announces to screen readers, in a live region inside the dialog. */
  announcement(): Locator {
    return this.dialog.getByRole('status');
  }

  /**
   * Moves a person by keyboard, as dnd-kit's keyboard sensor takes it: Space, the arrow keys, Space,
   * waiting for each step to be announced (as a screen reader user would hear it) before the next.
   */
  async dragByKeyboard(name: string, from: number, to: number) {
    const handle = this.seating().getByRole('button', { name: `Drag ${name}` });
    const count = await this.seating().getByRole('listitem').count();
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(this.announcement()).toHaveText(`Picked up ${name}, in seat ${from} of ${count}.`);
    // dnd-kit's keyboard sensor listens for the arrows from a timer set as the drag starts: let it run.
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const key = to < from ? 'ArrowUp' : 'ArrowDown';
    for (let seat = from; seat !== to;) {
      seat += to < from ? -1 : 1;
      await this.page.keyboard.press(key);
      await expect(this.announcement()).toHaveText(`${name} is over seat ${seat} of ${count}.`);
    }
    await this.page.keyboard.press('Space');
    await expect(this.announcement()).toHaveText(`${name} dropped in seat ${to} of ${count}.`);
  }

  role(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: label });
  }

  async start() {
    await this.dialog.getByRole('button', { name: 'Start session' }).click();
    await expect(this.page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
  }
}
