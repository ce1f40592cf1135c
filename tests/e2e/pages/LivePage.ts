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

  async enterChallenge(person: string, text: string) {
    const form = this.page.getByRole('form', { name: `Challenge of ${person}` });
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByText(text)).toBeVisible();
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
