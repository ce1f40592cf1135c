/**
 * The learning journal's prompts, from the seeds ([002] keeps a journal to "clarify thoughts" and
 * "track your progress"; [003] ends on a reflective debrief): the two questions a member answers
 * after a session, and one about their own challenge. An entry may also be free writing.
 */
export const JOURNAL_PROMPTS = [
  'What did I learn from others today?',
  'What will I try before next session?',
  'What changed in how I see my challenge?',
] as const;
