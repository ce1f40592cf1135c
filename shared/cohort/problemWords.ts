/**
 * Turns a validation issue in a cohort file into words a facilitator can act on, naming the place
 * in domain words: "session 3, commitment 2: due date 'next friday' is not a date".
 */
import type { z } from 'zod';

type PathSegment = PropertyKey;

/** Collections, by field name, and what one of their items is called. */
const ITEM_WORDS: Readonly<Record<string, string>> = {
  sessions: 'session',
  members: 'member',
  notes: 'note',
  commitments: 'commitment',
  attendance: 'attendee',
  agenda: 'agenda segment',
  agendaTemplate: 'agenda template segment',
  challenges: 'challenge',
  progressUpdates: 'progress update',
  journal: 'journal entry',
  questions: 'question',
  categories: 'question category',
  runLog: 'run log entry',
  airtime: 'airtime entry',
  strengths: 'strength',
  learningFormats: 'learning format',
  projectKinds: 'project kind',
  codeOfConduct: 'code of conduct item',
  order: 'rotation place',
  roles: 'role',
};

/** Field names whose plain-words form is not just the camelCase split. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  schemaVersion: 'format version',
  at: 'time',
  createdAt: 'creation time',
  completedAt: 'completion time',
  endedAt: 'end time',
  memberId: 'member',
  ownerId: 'owner',
  attendeeId: 'attendee',
  segmentId: 'segment',
  commitmentId: 'commitment',
  challengeId: 'challenge',
  chosenChallengeId: 'chosen challenge',
  categoryId: 'category',
  sessionId: 'session',
  rolesRotation: 'role rotation',
  protocolId: 'protocol',
  askCounts: 'questions asked',
  speakingMs: 'speaking time',
  durationMinutes: 'duration in minutes',
  every: 'frequency',
  seq: 'sequence number',
  now: 'clock reading',
};

const splitCamel = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const fieldWords = (key: string) => FIELD_WORDS[key] ?? splitCamel(key);

/** Where in the cohort a path points: "session 3, commitment 2: due date". Empty for the root. */
export function describePlace(path: readonly PathSegment[]): string {
  const items: string[] = [];
  const fields: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    const next = path[index + 1];
    if (typeof segment === 'number') {
      items.push(`item ${segment + 1}`);
    } else if (typeof segment === 'string' && typeof next === 'number' && segment in ITEM_WORDS) {
      if (fields.length > 0) items.push(fields.splice(0).join(' '));
      items.push(`${ITEM_WORDS[segment]} ${next + 1}`);
      index += 1;
    } else {
      fields.push(fieldWords(String(segment)));
    }
  }
  const place = items.join(', ');
  const field = fields.join(' ');
  if (place && field) return `${place}: ${field}`;
  return place || field;
}

/** A value quoted for a message, shortened so a huge string cannot flood the home screen. */
export function quote(value: unknown): string {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  const text = raw === undefined ? String(value) : raw;
  return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}'`;
}

const kindOf = (value: unknown): string => {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
};

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  literal: 'a fixed value',
};

type Issue = z.core.$ZodIssue;

/** What is wrong, without the place: "is missing", "'next friday' is not a date". */
export function describeProblem(issue: Issue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} entries`;
      return `is more than ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'is empty'
          : `is shorter than ${String(issue.minimum)} characters`;
      if (issue.origin === 'array') return `has fewer than ${String(issue.minimum)} entries`;
      return `is less than ${String(issue.minimum)}`;
    case 'invalid_value':
      return `${quote(input)} is not one of: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_format':
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return `${quote(input)} is not in the expected form`;
    case 'not_multiple_of':
      return `should be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message;
  }
}

/** One issue as a sentence fragment: "session 3, commitment 2: due date 'next friday' is not a date". */
export function describeCohortIssue(issue: Issue): string {
  const place = describePlace(issue.path);
  const problem = describeProblem(issue);
  const sentence = place ? `${place} ${problem}` : problem;
  return sentence.length > 240 ? `${sentence.slice(0, 237)}...` : sentence;
}
