/**
 * The default question bank of DOMAIN.md: four categories asked in order during the clarifying
 * rounds, plus the facilitator's own probing questions. Ids are stable so a cohort's edits and hides
 * can follow the built-in questions.
 */
import type { QuestionBank } from '../cohort/schema.ts';

export const PROBES_CATEGORY_ID = 'probes';

const categories = [
  {
    id: 'framing',
    name: 'Framing',
    hint: 'Framing the problem: what has happened, what is happening.',
    questions: [
      'What is the current impact of the issue on organizational goals or relationships?',
      'What has happened so far?',
      'How do you prioritize the work?',
      'Who is involved?',
      'What is not working?',
    ],
  },
  {
    id: 'forward-thinking',
    name: 'Forward-thinking',
    hint: 'Clarity about possibilities.',
    questions: [
      'What is success?',
      'What is exciting about this?',
      'If this worked out, what would it look like?',
    ],
  },
  {
    id: 'milestones',
    name: 'Milestones',
    hint: 'Milestones that create momentum.',
    questions: [
      'What critical milestones will you track?',
      'To be successful in six months, what would be happening in three months?',
      'What are three important actions to be done this month to gain traction?',
      "How will you know you're making progress?",
    ],
  },
  {
    id: 'support',
    name: 'Support',
    hint: 'Support that builds confidence and unity.',
    questions: [
      'When would you like to meet again to update us on your project?',
      'What will you be proud of after you start your new behavior?',
      'How can we support your efforts?',
    ],
  },
  {
    id: PROBES_CATEGORY_ID,
    name: "Facilitator's probes",
    hint: "The facilitator's own probing questions.",
    questions: ['Are we sure about this assumption?', 'What data are we ignoring?'],
  },
] as const;

/** A fresh copy of the default bank (callers may change it). */
export function defaultQuestionBank(): QuestionBank {
  return {
    categories: categories.map(({ id, name, hint }) => ({ id, name, hint, builtIn: true })),
    questions: categories.flatMap((category) =>
      category.questions.map((text, i) => ({
        id: `${category.id}-${i + 1}`,
        categoryId: category.id,
        text,
        hidden: false,
        builtIn: true,
      })),
    ),
  };
}
