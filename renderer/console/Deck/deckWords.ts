/** How the deck is summed up in words, and whether it is still the default one. */
import type { QuestionBank } from '../../../shared/cohort/schema.ts';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';
import { plural } from '../../ui/format/relativeTime.ts';

/** "5 categories · 18 questions · 2 hidden" */
export function deckSummary(bank: QuestionBank): string {
  const hidden = bank.questions.filter((q) => q.hidden).length;
  const parts = [
    plural(bank.categories.length, 'category', 'categories'),
    plural(bank.questions.length, 'question'),
  ];
  if (hidden > 0) parts.push(`${hidden} hidden`);
  return parts.join(' · ');
}

/** "4 questions · 1 hidden" for one category. */
export function categorySummary(bank: QuestionBank, categoryId: string): string {
  const questions = bank.questions.filter((q) => q.categoryId === categoryId);
  const hidden = questions.filter((q) => q.hidden).length;
  const words = plural(questions.length, 'question');
  return hidden > 0 ? `${words} · ${hidden} hidden` : words;
}

/** True when the bank says what the default bank says, in the same order, nothing hidden. */
export function isDefaultDeck(bank: QuestionBank): boolean {
  const plain = defaultQuestionBank();
  const sameCategories =
    bank.categories.length === plain.categories.length &&
    bank.categories.every((c, i) => {
      const d = plain.categories[i]!;
      return c.id === d.id && c.name === d.name && c.hint === d.hint;
    });
  const sameQuestions =
    bank.questions.length === plain.questions.length &&
    bank.questions.every((q, i) => {
      const d = plain.questions[i]!;
      return q.id === d.id && q.categoryId === d.categoryId && q.text === d.text && !q.hidden;
    });
  return sameCategories && sameQuestions;
}
