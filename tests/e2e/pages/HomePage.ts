import { expect, type Page } from '@playwright/test';

/** The console's home screen, as a facilitator sees it. */
export class HomePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Cohorts', level: 1 })).toBeVisible();
  }

  cohortList() {
    return this.page.getByRole('list', { name: 'Cohorts in the library' });
  }

  cohortLink(name: string) {
    return this.page.getByRole('link', { name });
  }

  async createCohort(name: string) {
    await this.page
      .getByRole('button', { name: /New cohort|Create your first cohort/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'New cohort' });
    await dialog.getByRole('textbox', { name: 'Cohort name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create cohort' }).click();
    await expect(dialog).toBeHidden();
  }
}
