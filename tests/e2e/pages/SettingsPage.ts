import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings screen: the library folder in use and why, changing it; about the app. */
export class SettingsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Through the gear in the top bar, as a facilitator would. */
  async openFromTopBar() {
    await this.page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  libraryPanel(): Locator {
    return this.page.getByRole('region', { name: 'Library folder' });
  }

  folderInUse(): Locator {
    return this.libraryPanel().getByLabel('Library folder in use');
  }

  appearancePanel(): Locator {
    return this.page.getByRole('region', { name: 'Appearance' });
  }

  /** One of System, Light and Dark. */
  themeChoice(name: 'System' | 'Light' | 'Dark'): Locator {
    return this.appearancePanel()
      .getByRole('group', { name: 'Theme' })
      .getByRole('radio', { name, exact: true });
  }

  aboutPanel(): Locator {
    return this.page.getByRole('region', { name: 'About this app' });
  }

  /** Types a folder and asks to use it; what follows (done, a problem, a question) is the caller's. */
  async chooseFolder(path: string) {
    await this.libraryPanel().getByRole('textbox', { name: 'Use another folder' }).fill(path);
    await this.libraryPanel().getByRole('button', { name: 'Use this folder' }).click();
  }

  problem(): Locator {
    return this.libraryPanel().getByRole('alert');
  }

  done(): Locator {
    return this.libraryPanel().getByRole('status');
  }
}
