/**
 * Nudges for a commitment as the facilitator types it: in words, never a refusal. A commitment is
 * specific, observable and time-bound (seed 001: "complete prototype 1 by Friday", not "work on
 * the prototype"); the nudges say which of those is missing and offer the shape "Verb + object +
 * by when" made from the words typed. A success signal ("we'll know it's done when…") is the
 * observable result said in a sentence of its own, so it answers the no-result nudge. The word lists
 * live in nudgeWords.ts.
 */
import { addDays, daysBetween, isCalendarDate } from './calendar.ts';
import { RESULT_VERBS, VAGUE_TIMES, VAGUE_VERBS } from './nudgeWords.ts';

export type NudgeKind =
  'vague-verb' | 'no-result' | 'vague-time' | 'no-date' | 'past-date' | 'after-next-session';

export interface Nudge {
  kind: NudgeKind;
  message: string;
}

export interface CommitmentAdvice {
  nudges: Nudge[];
  /** "Verb + object + by when", with an example made from the typed words; null when all is well. */
  suggestion: string | null;
}

export interface CommitmentDraft {
  text: string;
  /** The date field's value: empty or half-typed while the facilitator is still on it. */
  dueDate: string;
  /** The day the commitment is made (the session's date). */
  today: string;
  /** How the group will know it is done; empty or absent when none is given. */
  successSignal?: string;
  /** When the cohort meets next by its cadence; null when it meets ad hoc. */
  nextSession: string | null;
}

/** "Fri 11 Dec": the renderer passes the user's own format. */
export type DayFormat = (iso: string) => string;
const englishDay: DayFormat = (iso) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.parse(`${iso}T00:00:00Z`));

const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The phrase as whole words, ignoring case. */
const wordsPattern = (phrase: string) =>
  new RegExp(`(^|[^\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'iu');
const has = (text: string, phrase: string) => wordsPattern(phrase).test(text);

const COUNT = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)\b/i;
/** "I will", "we'll", "to" before the verb say nothing about the action. */
const LEAD_IN = /^\s*((i|we)\s+(will|shall|'ll|’ll)\s+|(i|we)'ll\s+|to\s+)/i;
/** A "by Friday" already in the words: the example puts its own "by when". */
const TRAILING_WHEN = /\s+(by|before|until|till)\s+.*$/i;

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function exampleAction(text: string, vague: (typeof VAGUE_VERBS)[number] | undefined): string {
  let action = text
    .trim()
    .replace(LEAD_IN, '')
    .replace(/[.!;,]+$/, '');
  for (const when of VAGUE_TIMES) action = action.replace(wordsPattern(when), '$1');
  action = action.replace(TRAILING_WHEN, '').replace(/\s+/g, ' ').trim();
  if (vague) {
    const replaced = action.replace(wordsPattern(vague.phrase), (_match, before: string) =>
      vague.instead ? `${before}${vague.instead.toLowerCase()}` : before,
    );
    action = replaced.replace(/\s+/g, ' ').trim();
  } else if (!RESULT_VERBS.some((verb) => has(action, verb))) {
    action = `finish ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  }
  return capitalise(action);
}

export function commitmentNudges(
  draft: CommitmentDraft,
  formatDay: DayFormat = englishDay,
): CommitmentAdvice {
  const text = draft.text.trim();
  if (text === '') return { nudges: [], suggestion: null };
  const nudges: Nudge[] = [];

  const vague = VAGUE_VERBS.find((entry) => has(text, entry.phrase));
  if (vague) {
    const said = text.match(wordsPattern(vague.phrase))?.[0].trim() ?? vague.phrase;
    nudges.push({
      kind: 'vague-verb',
      message: `“${capitalise(said)}” says what you will do, not what will be done. What will be finished, sent or decided?`,
    });
  } else if (
    !RESULT_VERBS.some((verb) => has(text, verb)) &&
    !COUNT.test(text) &&
    !draft.successSignal?.trim()
  ) {
    nudges.push({
      kind: 'no-result',
      message:
        'What will the group see when it is done? Name a result (a draft sent, a decision made, three interviews held), or say how you will know it is done.',
    });
  }
  const vagueTime = VAGUE_TIMES.find((when) => has(text, when));
  if (vagueTime) {
    nudges.push({
      kind: 'vague-time',
      message: `“${vagueTime}” puts off the when. Name the day it will be done.`,
    });
  }

  const due = draft.dueDate.trim();
  let by: string | null = null;
  if (!isCalendarDate(due)) {
    nudges.push({ kind: 'no-date', message: 'No date yet: by when will it be done?' });
  } else if (daysBetween(draft.today, due) < 0) {
    nudges.push({
      kind: 'past-date',
      message: `${formatDay(due)} is already past. Pick a day ahead.`,
    });
  } else if (draft.nextSession && daysBetween(draft.nextSession, due) > 0) {
    nudges.push({
      kind: 'after-next-session',
      message: `Due ${formatDay(due)}, after the next session on ${formatDay(draft.nextSession)}: it will not be reviewed then. A first step due by ${formatDay(draft.nextSession)} keeps it in view.`,
    });
  } else {
    by = due;
  }

  if (nudges.length === 0) return { nudges, suggestion: null };
  const when = by ?? draft.nextSession ?? addDays(draft.today, 7);
  return {
    nudges,
    suggestion: `Verb + object + by when: “${exampleAction(text, vague)} by ${formatDay(when)}”.`,
  };
}
