/**
 * The cohort file format: one JSON document per cohort. Every object is loose so that fields
 * written by a newer build (or by hand) survive a round trip through this one.
 */
import { z } from 'zod';
import { CommitmentStatusSchema } from '../vocabulary/commitmentStatus.ts';
import { MAX_LENGTH, MAX_PLANNED_MINUTES } from '../vocabulary/limits.ts';
import { NoteKindSchema } from '../vocabulary/noteKinds.ts';
import { PhaseSchema } from '../vocabulary/phases.ts';
import { RoomSizeSchema } from '../room/readability.ts';
import { RoleNameSchema } from '../vocabulary/roles.ts';
import { quote } from './problemWords.ts';

export const CURRENT_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(MAX_LENGTH.id);
const isoDate = z.iso.date({ error: (issue) => `${quote(issue.input)} is not a date` });
const isoDateTime = z.iso.datetime({
  offset: true,
  error: (issue) => `${quote(issue.input)} is not a date and time`,
});
const text = (max: number) => z.string().max(max);

export const MemberSchema = z.looseObject({
  id,
  name: text(MAX_LENGTH.personName).min(1),
  role: text(MAX_LENGTH.role).default(''),
  strengths: z.array(text(MAX_LENGTH.strength)).default([]),
  archived: z.boolean().default(false),
});

export const CharterSchema = z.looseObject({
  mission: text(MAX_LENGTH.mission).default(''),
  weeklyTimeCommitment: text(MAX_LENGTH.charterLine).default(''),
  learningFormats: z.array(text(MAX_LENGTH.charterLine)).default([]),
  projectKinds: z.array(text(MAX_LENGTH.charterLine)).default([]),
  codeOfConduct: z
    .array(text(MAX_LENGTH.conductRule))
    .default(['Candor', 'Punctuality', 'Confidentiality']),
});

export const CadenceSchema = z.looseObject({
  every: z.enum(['week', 'two-weeks', 'month', 'ad-hoc']).default('week'),
  weekday: z.number().int().min(0).max(6).optional(),
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'is not a time like 14:30')
    .optional(),
  durationMinutes: z.number().int().min(5).max(MAX_PLANNED_MINUTES).default(90),
});

export { RoleNameSchema };
export const RolesRotationSchema = z.looseObject({
  /**
   * Files before the timekeeper listed the roles here; every role in the vocabulary now rotates,
   * and this list is kept only so those files round-trip.
   */
  roles: z.array(RoleNameSchema).optional(),
  /** Member ids in the order the roles pass between them: the tie-break after fairness. */
  order: z.array(id).default([]),
});

export const SegmentSchema = z.looseObject({
  id,
  phase: PhaseSchema,
  title: text(MAX_LENGTH.title).min(1),
  plannedMinutes: z.number().min(0).max(MAX_PLANNED_MINUTES),
  skipped: z.boolean().default(false),
  /** What the room is told to do in this segment; absent in files from before cues (none). */
  cue: text(MAX_LENGTH.cue).optional(),
});

export const QuestionSchema = z.looseObject({
  id,
  categoryId: id,
  text: text(MAX_LENGTH.question).min(1),
  hidden: z.boolean().default(false),
  /** Questions from the default bank keep their id so edits and hides can follow them. */
  builtIn: z.boolean().default(false),
});

export const QuestionCategorySchema = z.looseObject({
  id,
  name: text(MAX_LENGTH.categoryName).min(1),
  hint: text(MAX_LENGTH.categoryHint).default(''),
  builtIn: z.boolean().default(false),
});

/** A cohort's own deck; absent means the default bank of DOMAIN.md. */
export const QuestionBankSchema = z.looseObject({
  categories: z.array(QuestionCategorySchema),
  questions: z.array(QuestionSchema),
});

export const AttendeeSchema = z.looseObject({
  id,
  /** Set for members; guests have only a name. */
  memberId: id.optional(),
  name: text(MAX_LENGTH.personName).min(1),
  guest: z.boolean().default(false),
  present: z.boolean().default(true),
  /** Absent with notice; only set on absent members. */
  excused: z.boolean().optional(),
});

export const ChallengeSchema = z.looseObject({
  id,
  attendeeId: id,
  text: text(MAX_LENGTH.challenge).default(''),
  passed: z.boolean().default(false),
});

export const NoteSchema = z.looseObject({
  id,
  at: isoDateTime,
  text: text(MAX_LENGTH.note).min(1),
  segmentId: id.optional(),
  attendeeId: id.optional(),
  kind: NoteKindSchema.default('note'),
  /** What was going on when it was taken; absent in files from before the stamps. */
  phase: PhaseSchema.optional(),
  question: text(MAX_LENGTH.question).optional(),
  floorAttendeeId: id.optional(),
});

export const CommitmentSchema = z.looseObject({
  id,
  /** Who will do it: a member id (commitments outlive a session's attendance). */
  ownerId: id,
  text: text(MAX_LENGTH.commitment).min(1),
  dueDate: isoDate,
  /** How the group will know it is done; absent when none was given (and in older files). */
  successSignal: text(MAX_LENGTH.successSignal).optional(),
  createdAt: isoDateTime,
  status: CommitmentStatusSchema.default('open'),
  completedAt: isoDateTime.optional(),
  challengeId: id.optional(),
  /** The session whose check-in marked it done or dropped: that review still shows it, closed. */
  closedInSessionId: id.optional(),
});

export const ProgressUpdateSchema = z.looseObject({
  id,
  commitmentId: id,
  at: isoDateTime,
  accomplished: text(MAX_LENGTH.progress).default(''),
  remaining: text(MAX_LENGTH.progress).default(''),
  blockers: text(MAX_LENGTH.progress).default(''),
  /** The owner asked the cohort for help with the blockers: they come back at recommendations. */
  helpAsked: z.boolean().default(false),
});

/** One applied command, with the instant the engine applied it at, so a replay is exact. */
export const RunLogEntrySchema = z.looseObject({
  seq: z.number().int().min(0),
  now: z.number(),
  name: z.string().min(1).max(MAX_LENGTH.commandName),
  input: z.unknown(),
});

export const AirtimeSchema = z.looseObject({
  attendeeId: id,
  speakingMs: z.number().min(0),
  turns: z.number().int().min(0),
});

export const SessionSchema = z.looseObject({
  id,
  date: isoDate,
  title: text(MAX_LENGTH.title).default(''),
  attendance: z.array(AttendeeSchema).default([]),
  /** Who holds each rotating role this session: a member id. */
  roles: z.partialRecord(RoleNameSchema, id).default({}),
  /** The protocol (or the cohort's template) the agenda came from; absent in older files. */
  protocolId: id.optional(),
  agenda: z.array(SegmentSchema).default([]),
  challenges: z.array(ChallengeSchema).default([]),
  chosenChallengeId: id.optional(),
  runLog: z.array(RunLogEntrySchema).default([]),
  notes: z.array(NoteSchema).default([]),
  commitments: z.array(CommitmentSchema).default([]),
  progressUpdates: z.array(ProgressUpdateSchema).default([]),
  /** Questions asked per category id, kept with the session for the cohort's history. */
  askCounts: z.record(z.string(), z.number().int().min(0)).default({}),
  /** Which questions were asked of whom (the challenge owner, a member id): the deck's memory. */
  questionsAsked: z.array(z.looseObject({ questionId: id, ownerId: id.optional() })).optional(),
  airtime: z.array(AirtimeSchema).default([]),
  endedAt: isoDateTime.optional(),
});

/**
 * One entry of a member's learning journal. Private unless marked shareable: a private entry is
 * read only on the console's member page, never by the presenter, a report or an export.
 */
export const JournalEntrySchema = z.looseObject({
  id,
  memberId: id,
  at: isoDateTime,
  text: text(MAX_LENGTH.journalEntry).min(1),
  sessionId: id.optional(),
  /** The prompt it answers, as it was worded when written; absent for free writing. */
  prompt: text(MAX_LENGTH.journalPrompt).optional(),
  shareable: z.boolean().default(false),
  /** Commitments it is about (ids), which may belong to any session. */
  commitmentIds: z.array(id).default([]),
  editedAt: isoDateTime.optional(),
});

export const CohortSchema = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: text(MAX_LENGTH.cohortName).min(1),
  createdAt: isoDateTime,
  charter: CharterSchema.default(() => CharterSchema.parse({})),
  cadence: CadenceSchema.default(() => CadenceSchema.parse({})),
  members: z.array(MemberSchema).default([]),
  rolesRotation: RolesRotationSchema.default(() => RolesRotationSchema.parse({})),
  agendaTemplate: z.array(SegmentSchema).optional(),
  /** The room the cohort meets in, for the presenter's smallest readable text. */
  roomSize: RoomSizeSchema.optional(),
  questionBank: QuestionBankSchema.optional(),
  sessions: z.array(SessionSchema).default([]),
  journal: z.array(JournalEntrySchema).default([]),
});

export type Member = z.infer<typeof MemberSchema>;
export type Charter = z.infer<typeof CharterSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type RoleName = z.infer<typeof RoleNameSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionCategory = z.infer<typeof QuestionCategorySchema>;
export type QuestionBank = z.infer<typeof QuestionBankSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type Challenge = z.infer<typeof ChallengeSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;
export type RunLogEntry = z.infer<typeof RunLogEntrySchema>;
export type Airtime = z.infer<typeof AirtimeSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type Cohort = z.infer<typeof CohortSchema>;
