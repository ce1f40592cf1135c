/**
 * Every command a facilitator can send to a live session, as data. The host validates a command with
 * this schema on receipt, applies it with the session reducer and writes it to the session's run log,
 * from which the session replays to the same state.
 */
import { z } from 'zod';
import { MAX_LENGTH, MAX_PLANNED_MINUTES } from '../vocabulary/limits.ts';
import { NoteKindSchema } from '../vocabulary/noteKinds.ts';
import { PhaseSchema } from '../vocabulary/phases.ts';
import { QueueModeSchema } from '../vocabulary/queueModes.ts';
import { LiveBankSchema } from './deck.ts';
import { AirtimeScopeSchema } from './queue.ts';
import { TimerDirectionSchema } from './timer.ts';

const id = z.string().min(1).max(MAX_LENGTH.id);
const minutes = z.number().min(0).max(MAX_PLANNED_MINUTES);
const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} needs some words.`).max(max);
/** A segment's cue may be empty: the segment then shows its title alone. */
const cue = z
  .string()
  .trim()
  .max(MAX_LENGTH.cue, `A cue is ${MAX_LENGTH.cue} characters at most: one line on the screen.`);
/** How the group will know it is done: optional, and empty clears it on an edit. */
const successSignal = z.string().trim().max(MAX_LENGTH.successSignal);
const isoDate = z.iso.date({ error: (issue) => `'${String(issue.input)}' is not a date` });

export const TimerNameSchema = z.enum(['segment', 'turn']);
export type TimerName = z.infer<typeof TimerNameSchema>;
const timer = z.object({ timer: TimerNameSchema });
const HOUR = 3_600_000;

const c = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape }).strict();

export const LiveCommandSchema = z.discriminatedUnion('type', [
  // Agenda and protocol
  c('agenda.goto', { segmentId: id }),
  c('agenda.next', {}),
  c('agenda.previous', {}),
  c('agenda.move', { segmentId: id, toIndex: z.number().int().min(0) }),
  c('agenda.skip', { segmentId: id, skipped: z.boolean().default(true) }),
  c('agenda.add', {
    title: text(MAX_LENGTH.title, 'A segment'),
    plannedMinutes: minutes,
    phase: PhaseSchema.default('custom'),
    cue: cue.optional(),
    afterId: id.optional(),
  }),
  c('agenda.edit', {
    segmentId: id,
    title: text(MAX_LENGTH.title, 'A segment').optional(),
    plannedMinutes: minutes.optional(),
    cue: cue.optional(),
  }),
  c('agenda.remove', { segmentId: id }),
  /** Saves this session's agenda as the cohort's template for its next sessions. */
  c('agenda.saveAsTemplate', {}),
  // Challenges
  c('challenge.enter', { attendeeId: id, text: text(MAX_LENGTH.challenge, 'A challenge') }),
  c('challenge.pass', { attendeeId: id }),
  /** challengeId null withdraws the vote. */
  c('challenge.vote', { voterId: id, challengeId: id.nullable() }),
  c('challenge.closeVote', { tieBreakId: id.optional() }),
  c('challenge.choose', { challengeId: id }),
  /** Reveals the vote's tally on the room's screen, or hides it again. */
  c('challenge.showTally', { shown: z.boolean() }),
  /** Write first (hidden: the room counts entries, shows none), or reveal them all at once. */
  c('challenge.hideEntries', { hidden: z.boolean() }),
  // Question deck
  c('deck.next', {}),
  c('deck.previous', {}),
  /** The first, or the last, question of the current category. */
  c('deck.firstInCategory', {}),
  c('deck.lastInCategory', {}),
  c('deck.category', { categoryId: id }),
  c('deck.pick', { questionId: id }),
  c('deck.draw', {}),
  c('deck.show', { questionId: id.optional() }),
  c('deck.hide', {}),
  c('deck.setBank', { bank: LiveBankSchema }),
  // Speaker queue
  c('queue.next', {}),
  c('queue.give', { personId: id }),
  c('queue.release', {}),
  c('queue.skip', { personId: id.optional() }),
  c('queue.move', { personId: id, toIndex: z.number().int().min(0) }),
  c('queue.remove', { personId: id }),
  c('queue.add', { personId: id }),
  c('queue.undo', {}),
  c('queue.mode', { mode: QueueModeSchema, scope: AirtimeScopeSchema.optional() }),
  c('queue.round', { fromId: id }),
  c('people.addGuest', { name: text(MAX_LENGTH.personName, 'A name') }),
  // Timers
  c('timer.start', timer.shape),
  c('timer.pause', timer.shape),
  c('timer.resume', timer.shape),
  c('timer.reset', timer.shape),
  c('timer.adjust', { ...timer.shape, deltaMs: z.number().int().min(-HOUR).max(HOUR) }),
  c('timer.direction', { ...timer.shape, direction: TimerDirectionSchema }),
  /** A preset (30 s, 1, 2, 3, 5 min) or a custom length. */
  c('timer.duration', {
    ...timer.shape,
    durationMs: z
      .number()
      .int()
      .min(1000)
      .max(10 * HOUR),
  }),
  c('options.set', {
    autoStartTurnOnFloor: z.boolean().optional(),
    autoStartTurnOnQuestion: z.boolean().optional(),
    ownerAnswersAfterEach: z.boolean().optional(),
  }),
  // Notes and commitments
  c('note.add', {
    text: text(MAX_LENGTH.note, 'A note'),
    kind: NoteKindSchema.default('note'),
    attendeeId: id.optional(),
  }),
  c('note.edit', {
    noteId: id,
    text: text(MAX_LENGTH.note, 'A note'),
    kind: NoteKindSchema.optional(),
  }),
  c('note.remove', { noteId: id }),
  /** Undoes a removal: the note comes back where it was. */
  c('note.restore', { noteId: id }),
  /** A participant offers a recommendation from their phone; the facilitator accepts or sets it aside. */
  c('note.offer', { attendeeId: id, text: text(MAX_LENGTH.note, 'A recommendation') }),
  c('note.acceptOffer', { offerId: id }),
  c('note.dismissOffer', { offerId: id }),
  c('commitment.add', {
    ownerId: id,
    text: text(MAX_LENGTH.commitment, 'A commitment'),
    dueDate: isoDate,
    successSignal: successSignal.optional(),
  }),
  c('commitment.edit', {
    commitmentId: id,
    ownerId: id.optional(),
    text: text(MAX_LENGTH.commitment, 'A commitment').optional(),
    dueDate: isoDate.optional(),
    successSignal: successSignal.optional(),
  }),
  c('commitment.remove', { commitmentId: id }),
  c('session.end', {}),
]);

export type LiveCommand = z.output<typeof LiveCommandSchema>;
export type LiveCommandInput = z.input<typeof LiveCommandSchema>;
export type LiveCommandType = LiveCommand['type'];
export type LiveCommandOf<T extends LiveCommandType> = Extract<LiveCommand, { type: T }>;

export const LIVE_COMMAND_TYPES = LiveCommandSchema.options.map(
  (option) => option.shape.type.value,
) as LiveCommandType[];
