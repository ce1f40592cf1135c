/**
 * A cohort's own deck: the default bank plus the facilitator's edits (add, edit, hide, reorder
 * questions; add, rename, reorder categories). Each edit is data, applied by a pure function to the
 * cohort's questionBank (the default bank when the cohort has none yet).
 */
import { z } from 'zod';
import type { QuestionBank } from '../cohort/schema.ts';
import { MAX_LENGTH } from '../vocabulary/limits.ts';
import { defaultQuestionBank } from './defaultBank.ts';

const id = z.string().min(1).max(MAX_LENGTH.id);
const questionText = z.string().trim().min(1, 'A question needs words.').max(MAX_LENGTH.question);
const categoryName = z
  .string()
  .trim()
  .min(1, 'A category needs a name.')
  .max(MAX_LENGTH.categoryName);
const categoryHint = z.string().trim().max(MAX_LENGTH.categoryHint);

export const DeckEditSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('question.add'), categoryId: id, text: questionText }).strict(),
  z.object({ type: z.literal('question.edit'), questionId: id, text: questionText }).strict(),
  z.object({ type: z.literal('question.hide'), questionId: id, hidden: z.boolean() }).strict(),
  /** To a position within its category (0 = first). */
  z
    .object({ type: z.literal('question.move'), questionId: id, toIndex: z.number().int().min(0) })
    .strict(),
  z
    .object({
      type: z.literal('category.add'),
      name: categoryName,
      hint: categoryHint.default(''),
    })
    .strict(),
  z
    .object({
      type: z.literal('category.edit'),
      categoryId: id,
      name: categoryName.optional(),
      hint: categoryHint.optional(),
    })
    .strict(),
  z
    .object({ type: z.literal('category.move'), categoryId: id, toIndex: z.number().int().min(0) })
    .strict(),
  /** Back to the default bank: the cohort's own questions and edits are dropped. */
  z.object({ type: z.literal('reset') }).strict(),
]);
export type DeckEdit = z.infer<typeof DeckEditSchema>;

/** The cohort's bank, or the default one when it has not customised its deck. */
export const resolveBank = (bank: QuestionBank | undefined): QuestionBank =>
  bank ?? defaultQuestionBank();

function moveWithin<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, moved!);
  return next;
}

export class DeckEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeckEditError';
  }
}

/**
 * Applies one edit and returns the new bank (the input is not changed). `newId` names a new
 * question or category. Throws DeckEditError when the edit names something the bank does not have.
 */
export function applyDeckEdit(
  current: QuestionBank | undefined,
  edit: DeckEdit,
  newId: () => string,
): QuestionBank {
  const bank = resolveBank(current);
  const question = (questionId: string) => {
    const found = bank.questions.find((q) => q.id === questionId);
    if (!found) throw new DeckEditError(`There is no question ${questionId} in this deck.`);
    return found;
  };
  const category = (categoryId: string) => {
    const found = bank.categories.find((c) => c.id === categoryId);
    if (!found) throw new DeckEditError(`There is no category ${categoryId} in this deck.`);
    return found;
  };
  switch (edit.type) {
    case 'question.add':
      category(edit.categoryId);
      return {
        ...bank,
        questions: [
          ...bank.questions,
          {
            id: newId(),
            categoryId: edit.categoryId,
            text: edit.text,
            hidden: false,
            builtIn: false,
          },
        ],
      };
    case 'question.edit':
      question(edit.questionId);
      return {
        ...bank,
        questions: bank.questions.map((q) =>
          q.id === edit.questionId ? { ...q, text: edit.text } : q,
        ),
      };
    case 'question.hide':
      question(edit.questionId);
      return {
        ...bank,
        questions: bank.questions.map((q) =>
          q.id === edit.questionId ? { ...q, hidden: edit.hidden } : q,
        ),
      };
    case 'question.move': {
      const moving = question(edit.questionId);
      const siblings = bank.questions.filter((q) => q.categoryId === moving.categoryId);
      const reordered = moveWithin(siblings, siblings.indexOf(moving), edit.toIndex);
      let i = 0;
      return {
        ...bank,
        questions: bank.questions.map((q) =>
          q.categoryId === moving.categoryId ? reordered[i++]! : q,
        ),
      };
    }
    case 'category.add':
      return {
        ...bank,
        categories: [
          ...bank.categories,
          { id: newId(), name: edit.name, hint: edit.hint, builtIn: false },
        ],
      };
    case 'category.edit':
      category(edit.categoryId);
      return {
        ...bank,
        categories: bank.categories.map((c) =>
          c.id === edit.categoryId
            ? { ...c, name: edit.name ?? c.name, hint: edit.hint ?? c.hint }
            : c,
        ),
      };
    case 'category.move': {
      const from = bank.categories.indexOf(category(edit.categoryId));
      return { ...bank, categories: moveWithin(bank.categories, from, edit.toIndex) };
    }
    case 'reset':
      return defaultQuestionBank();
  }
}
