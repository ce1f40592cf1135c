import { expect, type Page } from '@playwright/test';

/** One cohort's screen: commitments, sessions, members and charter. */
export class CohortPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async expectOpen(name: string) {
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  members() {
    return this.page.getByRole('list', { name: 'Members' });
  }

  openCommitments() {
    return this.page.getByRole('list', { name: 'Open commitments' });
  }

  async addMember(name: string, role = '') {
    const form = this.page.getByRole('form', { name: 'Add a member' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    if (role) await form.getByRole('textbox', { name: 'Role' }).fill(role);
    await form.getByRole('button', { name: 'Add member' }).click();
    await expect(this.members().getByText(name, { exact: true })).toBeVisible();
  }
}
