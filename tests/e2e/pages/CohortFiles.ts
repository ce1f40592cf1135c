import { expect, type Locator, type Page } from '@playwright/test';

/** The cohort header's File menu and the dialogs it opens. */
export class CohortFiles {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  menuButton() {
    return this.page.getByRole('button', { name: /^File/ });
  }

  async choose(
    item:
      | 'Rename cohort…'
      | 'Restore from backup…'
      | 'Save a copy elsewhere…'
      | 'Export a session…'
      | 'Export the cohort…',
  ) {
    await this.menuButton().click();
    await this.page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: item })
      .click();
  }

  async rename(name: string) {
    await this.choose('Rename cohort…');
    const dialog = this.page.getByRole('dialog', { name: 'Rename cohort' });
    await dialog.getByRole('textbox', { name: 'Cohort name' }).fill(name);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens "Save a copy elsewhere", puts `path` in the field and saves; the dialog says it was saved. */
  async saveCopy(path: string) {
    await this.choose('Save a copy elsewhere…');
    const dialog = this.page.getByRole('dialog', { name: 'Save a copy elsewhere' });
    const field = dialog.getByRole('textbox', { name: 'Save the copy as' });
    await expect(field).not.toHaveValue('');
    const suggested = await field.inputValue();
    await field.fill(path);
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    const done = this.page.getByRole('dialog', { name: 'Copy saved' });
    await expect(done).toContainText(path);
    await done.getByRole('button', { name: 'Done' }).click();
    await expect(done).toBeHidden();
    return { suggested };
  }
}

/** The list of a file's backups, from the File menu or a damaged file's card. */
export class BackupsDialog {
  readonly page: Page;
  readonly dialog: Locator;
  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  }

  backups() {
    return this.dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  }

  /** Restores the newest backup, reading the confirmation on the way. */
  async restoreNewest() {
    await this.backups()
      .first()
      .getByRole('button', { name: /Restore the backup from/ })
      .click();
    const confirm = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm).toContainText('The current version is backed up first');
    await confirm.getByRole('button', { name: 'Restore backup' }).click();
    await expect(confirm).toBeHidden();
  }
}
