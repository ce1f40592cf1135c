import { expect, type Locator, type Page } from '@playwright/test';

/** The cohort's question deck: its panel on the cohort screen and the editor dialog it opens. */
export class DeckEditor {
  readonly page: Page;
  readonly dialog: Locator;
  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Question deck' });
  }

  /** The compact panel on the cohort screen. */
  panel(): Locator {
    return this.page.getByRole('region', { name: 'Question deck' });
  }

  async open() {
    await this.panel().getByRole('button', { name: 'Edit deck…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.dialog).toBeHidden();
  }

  categories(): Locator {
    return this.dialog.getByRole('list', { name: 'Categories, in order' });
  }

  async selectCategory(name: string) {
    await this.categories().getByRole('button', { name, exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name, level: 3 })).toBeVisible();
  }

  questions(category: string): Locator {
    return this.dialog.getByRole('list', { name: `${category} questions` });
  }

  question(category: string, text: string): Locator {
    return this.questions(category).getByRole('listitem').filter({ hasText: text });
  }

  async addQuestion(category: string, text: string) {
    await this.selectCategory(category);
    const group = this.dialog.getByRole('group', { name: `Add a question to ${category}` });
    await group.getByRole('textbox').fill(text);
    await group.getByRole('button', { name: 'Add question' }).click();
    await expect(this.question(category, text)).toBeVisible();
  }

  async hide(category: string, text: string) {
    await this.selectCategory(category);
    await this.question(category, text).getByRole('button', { name: 'Hide' }).click();
    await expect(this.question(category, text).getByText('Hidden', { exact: true })).toBeVisible();
  }

  async move(category: string, text: string, direction: 'up' | 'down') {
    await this.selectCategory(category);
    await this.question(category, text)
      .getByRole('button', { name: direction === 'up' ? 'Move up' : 'Move down' })
      .click();
  }

  /** The question at a place in its category, counting from 1. */
  questionAt(category: string, position: number): Locator {
    return this.questions(category)
      .getByRole('listitem')
      .nth(position - 1);
  }
}
