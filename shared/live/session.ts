/**
 * The live session: one pure reducer `(state, command, now) → state` combining the agenda, the
 * challenges, the question deck, the speaker queue, the two timers, and the notes and commitments
 * captured during the run. Time enters only as `now`. A command that changes nothing returns the
 * same state object; a command that cannot apply is refused in words, never thrown.
 */
import { z } from 'zod';
import type { Segment } from '../cohort/schema.ts';
import * as agenda from './agenda.ts';
import * as challenges from './challenges.ts';
import type { LiveCommand } from './commands.ts';
import * as deck from './deck.ts';
import * as queue from './queue.ts';
import { isRefusal, refuse, type Refusal } from './refusal.ts';
import * as timer from './timer.ts';

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  guest: z.boolean(),
  memberId: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const LiveNoteSchema = z.object({
  id: z.string(),
  at: z.string(),
  text: z.string(),
  kind: z.enum(['note', 'insight', 'recommendation', 'reflection', 'question']),
  segmentId: z.string().nullable(),
  attendeeId: z.string().nullable(),
});
export type LiveNote = z.infer<typeof LiveNoteSchema>;

export const LiveCommitmentSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  text: z.string(),
  dueDate: z.string(),
  createdAt: z.string(),
  challengeId: z.string().nullable(),
});
export type LiveCommitment = z.infer<typeof LiveCommitmentSchema>;

export const LiveOptionsSchema = z.object({
  /** The turn timer starts over whenever the floor changes hands. */
  autoStartTurnOnFloor: z.boolean(),
  /** The turn timer starts over whenever a question is shown. */
  autoStartTurnOnQuestion: z.boolean(),
  /** In a round, the challenge owner gets the floor after each asker. */
  ownerAnswersAfterEach: z.boolean(),
});
export type LiveOptions = z.infer<typeof LiveOptionsSchema>;

export const LiveStateSchema = z.object({
  cohortId: z.string(),
  sessionId: z.string(),
  status: z.enum(['running', 'ended']),
  openedAt: z.number(),
  endedAt: z.number().nullable(),
  /** Counter behind the ids of notes, commitments, guests and custom segments. */
  nextId: z.number().int().min(1),
  /** Present people in seating order, guests included. */
  people: z.array(PersonSchema),
  agenda: agenda.AgendaStateSchema,
  challenges: challenges.ChallengesStateSchema,
  deck: deck.DeckStateSchema,
  queue: queue.QueueStateSchema,
  timers: z.object({ segment: timer.TimerSchema, turn: timer.TimerSchema }),
  options: LiveOptionsSchema,
  notes: z.array(LiveNoteSchema),
  commitments: z.array(LiveCommitmentSchema),
});
export type LiveState = z.infer<typeof LiveStateSchema>;

/** Everything a session starts from; the first entry of the run log, so a replay is self-contained. */
export const LiveInitSchema = z.object({
  cohortId: z.string(),
  sessionId: z.string(),
  people: z.array(PersonSchema),
  agenda: z.array(
    z.object({
      id: z.string(),
      phase: agenda.LiveSegmentSchema.shape.phase,
      title: z.string(),
      plannedMinutes: z.number(),
      skipped: z.boolean().optional(),
    }),
  ),
  bank: deck.LiveBankSchema,
  /** Each person's speaking time in the cohort's earlier sessions. */
  historyMs: z.record(z.string(), z.number()).default({}),
  turnMs: z.number().int().min(1000).default(timer.DEFAULT_TURN_MS),
});
export type LiveInit = z.input<typeof LiveInitSchema>;

export const DEFAULT_OPTIONS: LiveOptions = {
  autoStartTurnOnFloor: true,
  autoStartTurnOnQuestion: false,
  ownerAnswersAfterEach: true,
};

export function createLiveState(input: LiveInit, now: number): LiveState {
  const init = LiveInitSchema.parse(input);
  return {
    cohortId: init.cohortId,
    sessionId: init.sessionId,
    status: 'running',
    openedAt: now,
    endedAt: null,
    nextId: 1,
    people: init.people,
    agenda: agenda.createAgenda(init.agenda),
    challenges: challenges.createChallenges(),
    deck: deck.createDeck(init.bank),
    queue: queue.createQueue(
      init.people.map((p) => p.id),
      init.historyMs,
    ),
    timers: { segment: timer.createTimer(0), turn: timer.createTimer(init.turnMs) },
    options: DEFAULT_OPTIONS,
    notes: [],
    commitments: [],
  };
}

/** Work the host does for a command beyond the session itself. */
export type LiveEffect = { kind: 'saveAgendaTemplate'; segments: Segment[] };

export type LiveResult = { ok: true; state: LiveState; effects: LiveEffect[] } | Refusal;

const NO_EFFECTS: LiveEffect[] = [];

/** Applies a command; answers the new state (the same object if nothing changed) or a refusal. */
export function applyLiveCommand(state: LiveState, command: LiveCommand, now: number): LiveResult {
  if (state.status === 'ended') return refuse('ended', 'This session has ended.');
  if (command.type === 'agenda.saveAsTemplate') {
    return {
      ok: true,
      state,
      effects: [{ kind: 'saveAgendaTemplate', segments: agenda.toSegmentRecords(state.agenda) }],
    };
  }
  const next = reduce(state, command, now);
  return isRefusal(next) ? next : { ok: true, state: next, effects: NO_EFFECTS };
}

/** The reducer in its plain form: a refused command leaves the state as it was. */
export function reduceLive(state: LiveState, command: LiveCommand, now: number): LiveState {
  const result = applyLiveCommand(state, command, now);
  return result.ok ? result.state : state;
}

// ——— helpers ———

const isoAt = (now: number) => new Date(now).toISOString();

/** An id unique in the cohort: the session's id, a letter for the kind, and the counter. */
function mint(state: LiveState, kind: string): [string, LiveState] {
  const id = `${state.sessionId.slice(0, 48)}-${kind}${state.nextId}`;
  return [id, { ...state, nextId: state.nextId + 1 }];
}

export const ownerId = (state: LiveState): string | null => challenges.ownerOf(state.challenges);

function queueContext(state: LiveState, now: number): queue.QueueContext {
  return {
    seating: state.people.map((p) => p.id),
    ownerId: ownerId(state),
    ownerAnswers: state.options.ownerAnswersAfterEach,
    now,
  };
}

function withAgenda(
  state: LiveState,
  next: agenda.AgendaState | Refusal,
  now: number,
): LiveState | Refusal {
  if (isRefusal(next) || next === state.agenda) return isRefusal(next) ? next : state;
  let segmentTimer = state.timers.segment;
  if (next.currentId !== state.agenda.currentId) {
    const entered = agenda.currentSegment(next);
    segmentTimer = entered
      ? {
          ...timer.createTimer(agenda.plannedMs(entered), segmentTimer.direction),
          accumulatedMs: entered.actualMs,
          startedAt: now,
        }
      : timer.pauseTimer(segmentTimer, now);
  } else {
    const current = agenda.currentSegment(next);
    if (current && agenda.plannedMs(current) !== segmentTimer.durationMs) {
      segmentTimer = { ...segmentTimer, durationMs: agenda.plannedMs(current) };
    }
  }
  return {
    ...state,
    agenda: next,
    timers:
      segmentTimer === state.timers.segment
        ? state.timers
        : { ...state.timers, segment: segmentTimer },
  };
}

function withQueue(
  state: LiveState,
  next: queue.QueueState | Refusal,
  now: number,
): LiveState | Refusal {
  if (isRefusal(next)) return next;
  if (next === state.queue) return state;
  let turn = state.timers.turn;
  if (next.floor !== state.queue.floor && state.options.autoStartTurnOnFloor) {
    turn = next.floor === null ? timer.pauseTimer(turn, now) : timer.startTimer(turn, now);
  }
  return {
    ...state,
    queue: next,
    timers: turn === state.timers.turn ? state.timers : { ...state.timers, turn },
  };
}

function withDeck(state: LiveState, next: deck.DeckState | Refusal): LiveState | Refusal {
  if (isRefusal(next)) return next;
  return next === state.deck ? state : { ...state, deck: next };
}

function withChallenges(
  state: LiveState,
  next: challenges.ChallengesState | Refusal,
  now: number,
): LiveState | Refusal {
  if (isRefusal(next)) return next;
  if (next === state.challenges) return state;
  const updated = { ...state, challenges: next };
  const owner = challenges.ownerOf(next);
  // A new owner answers rather than asks: they leave the round's line.
  if (
    owner !== ownerId(state) &&
    owner !== null &&
    state.queue.mode === 'round' &&
    state.queue.waiting.includes(owner)
  ) {
    return {
      ...updated,
      queue: { ...state.queue, waiting: state.queue.waiting.filter((id) => id !== owner) },
    };
  }
  void now;
  return updated;
}

function withTimer(
  state: LiveState,
  name: 'segment' | 'turn',
  change: (t: timer.Timer) => timer.Timer,
): LiveState {
  const before = state.timers[name];
  const after = change(before);
  return after === before ? state : { ...state, timers: { ...state.timers, [name]: after } };
}

const person = (state: LiveState, id: string) => state.people.find((p) => p.id === id);

function reduce(state: LiveState, command: LiveCommand, now: number): LiveState | Refusal {
  switch (command.type) {
    // ——— agenda ———
    case 'agenda.goto':
      return withAgenda(state, agenda.gotoSegment(state.agenda, command.segmentId, now), now);
    case 'agenda.next':
      return withAgenda(state, agenda.nextSegment(state.agenda, now), now);
    case 'agenda.previous':
      return withAgenda(state, agenda.previousSegment(state.agenda, now), now);
    case 'agenda.move':
      return withAgenda(
        state,
        agenda.moveSegment(state.agenda, command.segmentId, command.toIndex),
        now,
      );
    case 'agenda.skip':
      return withAgenda(
        state,
        agenda.skipSegment(state.agenda, command.segmentId, command.skipped, now),
        now,
      );
    case 'agenda.add': {
      const [id, minted] = mint(state, 's');
      const next = agenda.addSegment(state.agenda, {
        id,
        title: command.title,
        plannedMinutes: command.plannedMinutes,
        phase: command.phase,
        afterId: command.afterId,
      });
      return withAgenda(minted, next, now);
    }
    case 'agenda.edit':
      return withAgenda(
        state,
        agenda.editSegment(state.agenda, command.segmentId, {
          title: command.title,
          plannedMinutes: command.plannedMinutes,
        }),
        now,
      );
    case 'agenda.remove':
      return withAgenda(state, agenda.removeSegment(state.agenda, command.segmentId), now);
    case 'agenda.saveAsTemplate':
      return state;

    // ——— challenges ———
    case 'challenge.enter':
    case 'challenge.pass': {
      if (!person(state, command.attendeeId))
        return refuse('not-found', `${command.attendeeId} is not in this session.`);
      const entry =
        command.type === 'challenge.enter'
          ? { text: command.text, passed: false }
          : { text: '', passed: true };
      return withChallenges(
        state,
        challenges.enterChallenge(state.challenges, command.attendeeId, entry),
        now,
      );
    }
    case 'challenge.vote':
      if (!person(state, command.voterId))
        return refuse('not-found', `${command.voterId} is not in this session.`);
      return withChallenges(
        state,
        challenges.castVote(state.challenges, command.voterId, command.challengeId),
        now,
      );
    case 'challenge.closeVote':
      return withChallenges(state, challenges.closeVote(state.challenges, command.tieBreakId), now);
    case 'challenge.choose':
      return withChallenges(
        state,
        challenges.chooseChallenge(state.challenges, command.challengeId, 'pick'),
        now,
      );

    // ——— deck ———
    case 'deck.next':
      return withDeck(state, deck.stepQuestion(state.deck, 1));
    case 'deck.previous':
      return withDeck(state, deck.stepQuestion(state.deck, -1));
    case 'deck.category':
      return withDeck(
        state,
        deck.jumpToCategory(state.deck, command.categoryId, state.challenges.chosenId),
      );
    case 'deck.pick':
      return withDeck(state, deck.pickQuestion(state.deck, command.questionId));
    case 'deck.draw':
      return withDeck(
        state,
        deck.drawQuestion(state.deck, state.challenges.chosenId, ownerId(state)),
      );
    case 'deck.show': {
      const owner = ownerId(state);
      const floor = state.queue.floor;
      const shown = withDeck(
        state,
        deck.showQuestion(state.deck, command.questionId, {
          challengeId: state.challenges.chosenId,
          ownerId: owner,
          askerId: floor !== owner ? floor : null,
          now,
        }),
      );
      if (isRefusal(shown) || shown === state || !state.options.autoStartTurnOnQuestion)
        return shown;
      return withTimer(shown, 'turn', (t) => timer.startTimer(t, now));
    }
    case 'deck.hide':
      return withDeck(state, deck.hideQuestion(state.deck));
    case 'deck.setBank':
      return withDeck(state, deck.replaceBank(state.deck, command.bank));

    // ——— queue ———
    case 'queue.next':
      return withQueue(state, queue.callNext(state.queue, queueContext(state, now)), now);
    case 'queue.give':
      return withQueue(
        state,
        queue.giveFloor(state.queue, command.personId, queueContext(state, now)),
        now,
      );
    case 'queue.release':
      return withQueue(state, queue.releaseFloor(state.queue, queueContext(state, now)), now);
    case 'queue.skip':
      return withQueue(state, queue.skipWaiting(state.queue, command.personId), now);
    case 'queue.move':
      return withQueue(
        state,
        queue.moveWaiting(state.queue, command.personId, command.toIndex),
        now,
      );
    case 'queue.remove':
      return withQueue(
        state,
        queue.removeFromQueue(state.queue, command.personId, queueContext(state, now)),
        now,
      );
    case 'queue.add':
      return withQueue(
        state,
        queue.addToQueue(state.queue, command.personId, queueContext(state, now)),
        now,
      );
    case 'queue.undo':
      return withQueue(state, queue.undoQueue(state.queue, queueContext(state, now)), now);
    case 'queue.mode':
      return withQueue(
        state,
        queue.setMode(state.queue, command.mode, command.scope, queueContext(state, now)),
        now,
      );
    case 'queue.round':
      return withQueue(
        state,
        queue.startRound(state.queue, command.fromId, queueContext(state, now)),
        now,
      );
    case 'people.addGuest': {
      const [id, minted] = mint(state, 'g');
      const seated: LiveState = {
        ...minted,
        people: [...minted.people, { id, name: command.name, guest: true, memberId: null }],
      };
      return { ...seated, queue: queue.seatNewPerson(seated.queue, id, queueContext(seated, now)) };
    }

    // ——— timers ———
    case 'timer.start':
      return withTimer(state, command.timer, (t) => timer.startTimer(t, now));
    case 'timer.pause':
      return withTimer(state, command.timer, (t) => timer.pauseTimer(t, now));
    case 'timer.resume':
      return withTimer(state, command.timer, (t) => timer.resumeTimer(t, now));
    case 'timer.reset':
      return withTimer(state, command.timer, (t) => timer.resetTimer(t));
    case 'timer.adjust':
      return withTimer(state, command.timer, (t) => timer.adjustTimer(t, command.deltaMs));
    case 'timer.direction':
      return withTimer(state, command.timer, (t) => timer.setTimerDirection(t, command.direction));
    case 'timer.duration':
      return withTimer(state, command.timer, (t) =>
        t.durationMs === command.durationMs && t.addedMs === 0
          ? t
          : timer.setTimerDuration(t, command.durationMs, now),
      );
    case 'options.set': {
      const options = { ...state.options };
      for (const key of [
        'autoStartTurnOnFloor',
        'autoStartTurnOnQuestion',
        'ownerAnswersAfterEach',
      ] as const) {
        const value = command[key];
        if (value !== undefined) options[key] = value;
      }
      const same = (Object.keys(options) as (keyof LiveOptions)[]).every(
        (k) => options[k] === state.options[k],
      );
      return same ? state : { ...state, options };
    }

    // ——— notes and commitments ———
    case 'note.add': {
      if (command.attendeeId !== undefined && !person(state, command.attendeeId)) {
        return refuse('not-found', `${command.attendeeId} is not in this session.`);
      }
      const [id, minted] = mint(state, 'n');
      const note: LiveNote = {
        id,
        at: isoAt(now),
        text: command.text,
        kind: command.kind,
        segmentId: state.agenda.currentId,
        attendeeId: command.attendeeId ?? null,
      };
      return { ...minted, notes: [...state.notes, note] };
    }
    case 'note.edit': {
      const note = state.notes.find((n) => n.id === command.noteId);
      if (!note) return refuse('not-found', `There is no note ${command.noteId}.`);
      if (note.text === command.text) return state;
      return {
        ...state,
        notes: state.notes.map((n) => (n === note ? { ...n, text: command.text } : n)),
      };
    }
    case 'note.remove':
      if (!state.notes.some((n) => n.id === command.noteId))
        return refuse('not-found', `There is no note ${command.noteId}.`);
      return { ...state, notes: state.notes.filter((n) => n.id !== command.noteId) };
    case 'commitment.add': {
      if (!person(state, command.ownerId))
        return refuse('not-found', `${command.ownerId} is not in this session.`);
      const [id, minted] = mint(state, 'c');
      const commitment: LiveCommitment = {
        id,
        ownerId: command.ownerId,
        text: command.text,
        dueDate: command.dueDate,
        createdAt: isoAt(now),
        challengeId: state.challenges.chosenId,
      };
      return { ...minted, commitments: [...state.commitments, commitment] };
    }
    case 'commitment.edit': {
      const found = state.commitments.find((c) => c.id === command.commitmentId);
      if (!found) return refuse('not-found', `There is no commitment ${command.commitmentId}.`);
      if (command.ownerId !== undefined && !person(state, command.ownerId)) {
        return refuse('not-found', `${command.ownerId} is not in this session.`);
      }
      const edited = {
        ...found,
        ownerId: command.ownerId ?? found.ownerId,
        text: command.text ?? found.text,
        dueDate: command.dueDate ?? found.dueDate,
      };
      if (
        edited.ownerId === found.ownerId &&
        edited.text === found.text &&
        edited.dueDate === found.dueDate
      )
        return state;
      return { ...state, commitments: state.commitments.map((c) => (c === found ? edited : c)) };
    }
    case 'commitment.remove':
      if (!state.commitments.some((c) => c.id === command.commitmentId)) {
        return refuse('not-found', `There is no commitment ${command.commitmentId}.`);
      }
      return {
        ...state,
        commitments: state.commitments.filter((c) => c.id !== command.commitmentId),
      };

    // ——— the end ———
    case 'session.end': {
      const left = withAgenda(state, agenda.enterSegment(state.agenda, null, now), now);
      if (isRefusal(left)) return left;
      const released = withQueue(
        left,
        queue.releaseFloor(left.queue, queueContext(left, now)),
        now,
      );
      if (isRefusal(released)) return released;
      return {
        ...released,
        status: 'ended',
        endedAt: now,
        timers: {
          segment: timer.pauseTimer(released.timers.segment, now),
          turn: timer.pauseTimer(released.timers.turn, now),
        },
      };
    }
  }
}
