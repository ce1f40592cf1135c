import { expect, type Locator, type Page } from '@playwright/test';

export interface CharterFields {
  mission?: string;
  weeklyTimeCommitment?: string;
  learningFormats?: string[];
  projectKinds?: string[];
  codeOfConduct?: string[];
  every?: 'Every week' | 'Every two weeks' | 'Every month' | 'Ad hoc, when the group decides';
  weekday?: string;
  startTime?: string;
  durationMinutes?: number;
}

/** The "Edit charter" dialog opened from the charter panel. */
export class CharterDialog {
  readonly page: Page;
  readonly dialog: Locator;
  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Edit charter' });
  }

  async open() {
    await this.page
      .getByRole('region', { name: 'Charter' })
      .getByRole('button', { name: 'Edit charter' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(fields: CharterFields) {
    const d = this.dialog;
    if (fields.mission !== undefined)
      await d.getByRole('textbox', { name: 'Mission' }).fill(fields.mission);
    if (fields.weeklyTimeCommitment !== undefined)
      await d
        .getByRole('textbox', { name: 'Weekly time commitment' })
        .fill(fields.weeklyTimeCommitment);
    if (fields.learningFormats)
      await d
        .getByRole('textbox', { name: /Learning formats/ })
        .fill(fields.learningFormats.join('\n'));
    if (fields.projectKinds)
      await d
        .getByRole('textbox', { name: /Kinds of projects/ })
        .fill(fields.projectKinds.join('\n'));
    if (fields.codeOfConduct)
      await d
        .getByRole('textbox', { name: /Code of conduct/ })
        .fill(fields.codeOfConduct.join('\n'));
    if (fields.every)
      await d.getByRole('combobox', { name: 'How often' }).selectOption({ label: fields.every });
    if (fields.weekday)
      await d.getByRole('combobox', { name: 'Day' }).selectOption({ label: fields.weekday });
    if (fields.startTime) await d.getByLabel('Starts at').fill(fields.startTime);
    if (fields.durationMinutes !== undefined)
      await d
        .getByRole('spinbutton', { name: 'Length in minutes' })
        .fill(String(fields.durationMinutes));
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Save charter' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
