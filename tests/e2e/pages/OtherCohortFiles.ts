import { expect, type Locator, type Page } from '@playwright/test';

/** Cohort files from outside the library: "Open a cohort file…" and "Recently opened" on home. */
export class OtherCohortFiles {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Open a cohort file' });
  }

  /** Opens the dialog and submits a path; the dialog stays open when the path is refused. */
  async openByPath(path: string) {
    if (!(await this.dialog().isVisible()))
      await this.page.getByRole('button', { name: 'Open a cohort file…' }).click();
    await this.dialog().getByRole('textbox', { name: 'Path of the .cohort file' }).fill(path);
    await this.dialog().getByRole('button', { name: 'Open', exact: true }).click();
  }

  dialogError(): Locator {
    return this.dialog().getByRole('alert');
  }

  async cancel() {
    await this.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  recentList(): Locator {
    return this.page.getByRole('list', { name: 'Recently opened' });
  }

  recentEntry(fileStem: string): Locator {
    return this.recentList().getByRole('listitem').filter({ hasText: fileStem });
  }
}
