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

  charter() {
    return this.page.getByRole('region', { name: 'Charter' });
  }

  /** Opens a member's edit dialog from the members list. */
  async openMember(name: string) {
    await this.members()
      .getByRole('button', { name: `Edit ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit member' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async editMember(name: string, fields: { name?: string; role?: string; strengths?: string[] }) {
    const dialog = await this.openMember(name);
    if (fields.name !== undefined)
      await dialog.getByRole('textbox', { name: 'Name' }).fill(fields.name);
    if (fields.role !== undefined)
      await dialog.getByRole('textbox', { name: 'Role' }).fill(fields.role);
    if (fields.strengths)
      await dialog.getByRole('textbox', { name: /Strengths/ }).fill(fields.strengths.join(', '));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Remove from cohort…", then confirms. */
  async removeMember(name: string) {
    const dialog = await this.openMember(name);
    await dialog.getByRole('button', { name: 'Remove from cohort…' }).click();
    const confirm = this.page.getByRole('dialog', { name: `Remove ${name} from the cohort?` });
    await confirm.getByRole('button', { name: 'Remove from cohort' }).click();
    await expect(confirm).toBeHidden();
  }
}
