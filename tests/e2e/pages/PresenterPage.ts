import { expect, type Locator, type Page } from '@playwright/test';

/** The presenter, as the room sees it on the projector: the question, who speaks, the timers. */
export class PresenterPage {
  readonly page: Page;
  readonly #url: string | undefined;

  /** `url` is the host's presenter address, for `open()`; a window the console opened has none. */
  constructor(page: Page, url?: string) {
    this.page = page;
    this.#url = url;
  }

  /** Goes to the presenter page and waits until it shows. */
  async open() {
    if (!this.#url) throw new Error('This presenter page was not given an address to open.');
    await this.page.goto(this.#url);
    await expect(this.view()).toBeVisible();
  }

  /** The whole projected view. */
  view(): Locator {
    return this.page.getByRole('main', { name: 'Presenter' });
  }

  /** A question shown to the room, by its text. */
  question(text: string): Locator {
    return this.page.getByRole('heading', { name: text });
  }

  /** A person named on the screen (speaking, or next). */
  person(name: string): Locator {
    return this.page.getByText(name, { exact: true });
  }

  turnTimer(): Locator {
    return this.page.getByRole('timer', { name: 'Turn' });
  }

  segmentTimer(): Locator {
    return this.page.getByRole('timer', { name: 'Segment' });
  }
}
