import { describe, expect, it } from 'vitest';
import { createLiveState, type LiveState } from '../../../shared/live/session.ts';
import { applyLiveCommand } from '../../../shared/live/session.ts';
import { LiveCommandSchema, type LiveCommandInput } from '../../../shared/live/commands.ts';
import { toLiveBank } from '../../../shared/live/deck.ts';
import { resolveBank } from '../../../shared/deck/customise.ts';
import { DEFAULT_AGENDA, defaultAgenda } from '../../../shared/live/agenda.ts';
import {
  followSession,
  initialRoomState,
  sessionStarted,
  showChallengeNames,
  showScreen,
  toggleBlank,
} from '../../../shared/room/roomState.ts';
import { projectRoomView, RoomViewSchema, type RoomView } from '../../../shared/room/roomView.ts';
import type { RoomContext } from '../../../shared/room/roomContext.ts';
import { ROOM_PHASES } from '../../../shared/room/roomPhases.ts';

const T0 = 1_780_000_000_000;
const people = ['Ana', 'Ben', 'Cho'].map((name) => ({
  id: name.toLowerCase(),
  name,
  guest: false,
  memberId: `m-${name.toLowerCase()}`,
}));

function apply(state: LiveState, commands: LiveCommandInput[], from = 1): LiveState {
  for (const [i, command] of commands.entries()) {
    const result = applyLiveCommand(
      state,
      LiveCommandSchema.parse(command),
      T0 + (from + i) * 1000,
    );
    if (!result.ok) throw new Error(`${command.type}: ${result.message}`);
    state = result.state;
  }
  return state;
}

const opened = (): LiveState =>
  createLiveState(
    {
      cohortId: 'c',
      sessionId: 's',
      people,
      agenda: defaultAgenda(),
      bank: toLiveBank(resolveBank(undefined)),
    },
    T0,
  );

/** Challenges entered, Ana's chosen, a question shown in the clarifying rounds, Ben asking. */
function clarifying(): LiveState {
  return apply(opened(), [
    { type: 'agenda.goto', segmentId: 'challenges' },
    { type: 'challenge.enter', attendeeId: 'ana', text: 'Our hiring is stuck' },
    { type: 'challenge.enter', attendeeId: 'ben', text: 'Too many meetings' },
    { type: 'challenge.pass', attendeeId: 'cho' },
    { type: 'note.add', text: 'Private: Ben is leaving in May', kind: 'note' },
    { type: 'challenge.choose', challengeId: 'challenge-ana' },
    { type: 'agenda.goto', segmentId: 'clarifying' },
    { type: 'deck.draw' },
    { type: 'deck.show' },
    { type: 'queue.next' },
  ]);
}

const running = followSession(initialRoomState(), { cohortId: 'c', sessionId: 's' }, true);
const context: RoomContext = {
  cohortName: 'Product leads',
  title: 'Hiring, again',
  date: '2026-12-02',
  roles: [{ role: 'Facilitator', name: 'Cho' }],
  roomSize: { farthestSeatMetres: 9, screenHeightMetres: 1.5 },
  reviews: {
    'm-ana': [
      {
        text: 'Call two agencies',
        dueDate: '2026-11-20',
        successSignal: 'Two quotes are in the shared folder',
        lastUpdate: 'Called one',
        status: 'done',
      },
      ...['a', 'b', 'c', 'd'].map((x) => ({
        text: `Task ${x}`,
        dueDate: '2026-12-01',
        successSignal: null,
        lastUpdate: null,
        status: 'open' as const,
      })),
    ],
  },
  help: [
    { name: 'Ben', blockers: 'No budget for the agency' },
    ...['e', 'f', 'g'].map((x) => ({ name: 'Cho', blockers: `Blocker ${x}` })),
  ],
};
const viewOf = (state: LiveState, room = running): RoomView => {
  const view = projectRoomView(room, state, T0 + 60_000, context);
  expect(RoomViewSchema.parse(view)).toEqual(view);
  return view;
};

describe('the room view', () => {
  it('shows the clarifying rounds: the question, its category, who answers, who asks, the turn timer', () => {
    const state = clarifying();
    const view = viewOf(state);
    expect(view.screen).toBe('run');
    // The default agenda's segments carry their cue for the room.
    const cue = DEFAULT_AGENDA.find((segment) => segment.id === 'clarifying')!.cue;
    expect(view.run?.segment).toEqual({ title: 'Clarifying rounds', phase: 'clarifying', cue });
    expect(view.run?.stage).toMatchObject({ phase: 'clarifying', owner: 'Ana' });
    expect(view.run?.stage.phase === 'clarifying' && view.run.stage.question?.category).toBe(
      'Framing',
    );
    expect(view.run?.floor?.name).toBe(state.people.find((p) => p.id === state.queue.floor)?.name);
    expect(view.run?.timers.turn).toEqual(state.timers.turn);
    expect(view.run?.timers.segment).toEqual(state.timers.segment);
  });

  it('carries nothing the room must not see: no notes, no challenges outside their phases, no ids', () => {
    const text = JSON.stringify(viewOf(clarifying()));
    expect(text).not.toContain('Ben is leaving');
    expect(text).not.toContain('hiring is stuck');
    expect(text).not.toContain('Too many meetings');
    expect(text).not.toContain('"c"');
    expect(text).not.toContain('m-ana');
    expect(text.length).toBeLessThan(4096);
  });

  it('lists the challenges as they come in, names only when the facilitator allows', () => {
    const state = apply(opened(), [
      { type: 'agenda.goto', segmentId: 'challenges' },
      { type: 'challenge.enter', attendeeId: 'ana', text: 'Our hiring is stuck' },
      { type: 'challenge.pass', attendeeId: 'cho' },
    ]);
    expect(viewOf(state).run).toMatchObject({
      floor: null,
      next: [],
      timers: { turn: null },
      stage: {
        phase: 'challenges',
        challenges: [{ text: 'Our hiring is stuck', owner: null }],
        passed: 1,
      },
    });
    expect(viewOf(state, showChallengeNames(running, true)).run?.stage).toMatchObject({
      challenges: [{ text: 'Our hiring is stuck', owner: 'Ana' }],
    });
  });

  it('counts challenges written first and shows none of them until they are revealed together', () => {
    const hidden = apply(opened(), [
      { type: 'agenda.goto', segmentId: 'challenges' },
      { type: 'challenge.hideEntries', hidden: true },
      { type: 'challenge.enter', attendeeId: 'ana', text: 'Our hiring is stuck' },
      { type: 'challenge.enter', attendeeId: 'ben', text: 'Too many meetings' },
      { type: 'challenge.pass', attendeeId: 'cho' },
    ]);
    expect(viewOf(hidden).run?.stage).toEqual({
      phase: 'challenges',
      challenges: [],
      passed: 1,
      hidden: 2,
    });
    expect(JSON.stringify(viewOf(hidden))).not.toContain('hiring');
    const revealed = apply(hidden, [{ type: 'challenge.hideEntries', hidden: false }], 20);
    expect(viewOf(revealed).run?.stage).toMatchObject({
      challenges: [{ text: 'Our hiring is stuck' }, { text: 'Too many meetings' }],
      hidden: 0,
    });
  });

  it('shows the vote: the tally only once revealed, then the chosen challenge and its owner', () => {
    let state = apply(opened(), [
      { type: 'challenge.enter', attendeeId: 'ana', text: 'Our hiring is stuck' },
      { type: 'challenge.enter', attendeeId: 'ben', text: 'Too many meetings' },
      { type: 'agenda.goto', segmentId: 'choose' },
      { type: 'challenge.vote', voterId: 'ana', challengeId: 'challenge-ben' },
      { type: 'challenge.vote', voterId: 'cho', challengeId: 'challenge-ben' },
    ]);
    expect(viewOf(state).run?.stage).toEqual({
      phase: 'choose',
      options: [
        { text: 'Our hiring is stuck', owner: null, votes: null },
        { text: 'Too many meetings', owner: null, votes: null },
      ],
      voted: 2,
      chosen: null,
    });
    state = apply(state, [{ type: 'challenge.showTally', shown: true }], 10);
    expect(viewOf(state).run?.stage).toMatchObject({
      options: [{ votes: 0 }, { votes: 2 }],
    });
    state = apply(state, [{ type: 'challenge.closeVote' }], 11);
    expect(viewOf(state).run?.stage).toMatchObject({
      chosen: { text: 'Too many meetings', owner: 'Ben' },
    });
  });

  it("brings back the speaker's commitments at check-in, four at most", () => {
    const state = apply(opened(), [
      { type: 'agenda.goto', segmentId: 'check-in' },
      { type: 'queue.give', personId: 'ana' },
    ]);
    const stage = viewOf(state).run?.stage;
    expect(stage).toMatchObject({
      phase: 'check-in',
      review: { name: 'Ana', more: 1 },
    });
    expect(stage?.phase === 'check-in' && stage.review?.items[0]).toEqual({
      text: 'Call two agencies',
      dueDate: '2026-11-20',
      successSignal: 'Two quotes are in the shared folder',
      lastUpdate: 'Called one',
      status: 'done',
    });
    expect(viewOf(state).run?.timers.turn).toEqual(state.timers.turn);
  });

  it('shows the challenge in a line at recommendations, what the cohort can help with, and the action plan at commit', () => {
    let state = apply(clarifying(), [{ type: 'agenda.goto', segmentId: 'recommendations' }], 20);
    expect(viewOf(state).run?.stage).toEqual({
      phase: 'recommendations',
      challenge: { text: 'Our hiring is stuck', owner: 'Ana' },
      help: [
        { name: 'Ben', blockers: 'No budget for the agency' },
        { name: 'Cho', blockers: 'Blocker e' },
        { name: 'Cho', blockers: 'Blocker f' },
      ],
    });
    expect(viewOf(state).run?.timers.turn).not.toBeNull();
    state = apply(
      state,
      [
        { type: 'agenda.goto', segmentId: 'commit' },
        { type: 'commitment.add', ownerId: 'ana', text: 'Post the role', dueDate: '2026-12-09' },
        {
          type: 'commitment.add',
          ownerId: 'ana',
          text: 'Brief the agency',
          dueDate: '2026-12-08',
          successSignal: 'The agency has sent a shortlist',
        },
      ],
      21,
    );
    expect(viewOf(state).run?.stage).toMatchObject({
      phase: 'commit',
      actions: [
        { who: 'Ana', what: 'Post the role', due: '2026-12-09', successSignal: null },
        {
          who: 'Ana',
          what: 'Brief the agency',
          due: '2026-12-08',
          successSignal: 'The agency has sent a shortlist',
        },
      ],
    });
  });

  it('leaves the question, the floor and the turn timer behind when the phase has none', () => {
    for (const segmentId of ['recommendations', 'commit', 'reflect'] as const) {
      const state = apply(clarifying(), [{ type: 'agenda.goto', segmentId }], 30);
      const view = viewOf(state);
      const shown = clarifying().deck.shownId;
      const question = clarifying().deck.bank.questions.find((q) => q.id === shown)!.text;
      expect(JSON.stringify(view)).not.toContain(question);
      expect(view.run?.floor).toBeNull();
      if (!ROOM_PHASES[view.run!.segment.phase].turnTimer) expect(view.run?.timers.turn).toBeNull();
    }
  });

  it('welcomes the room until the first segment, with the roles of the day and what to expect', () => {
    const room = followSession(initialRoomState(), { cohortId: 'c', sessionId: 's' }, false);
    const view = viewOf(opened(), room);
    expect(view.screen).toBe('welcome');
    expect(view.welcome).toMatchObject({
      cohort: 'Product leads',
      title: 'Hiring, again',
      roles: [{ role: 'Facilitator', name: 'Cho' }],
    });
    expect(view.welcome?.agenda.reduce((sum, s) => sum + s.minutes, 0)).toBe(90);
    expect(sessionStarted(room).screen).toBe('run');
    // On the run screen with no segment entered yet, the room still sees the welcome.
    expect(viewOf(opened(), running).screen).toBe('welcome');
  });

  it('waits when no session is followed, another session runs, or the session ended', () => {
    const state = clarifying();
    expect(projectRoomView(initialRoomState(), state, T0).screen).toBe('waiting');
    const other = followSession(initialRoomState(), { cohortId: 'c', sessionId: 'other' }, true);
    expect(projectRoomView(other, state, T0).screen).toBe('waiting');
    const ended = applyLiveCommand(state, { type: 'session.end' }, T0 + 60_000);
    expect(ended.ok && projectRoomView(running, ended.state, T0).screen).toBe('waiting');
    expect(projectRoomView(running, undefined, T0)).toMatchObject({ screen: 'waiting', run: null });
  });

  it("puts the facilitator's blank, message or break over the run", () => {
    const state = clarifying();
    const blank = projectRoomView(showScreen(running, { screen: 'blank' }, T0), state, T0);
    expect(blank).toMatchObject({ screen: 'blank', run: null, message: null });
    expect(toggleBlank(toggleBlank(running)).screen).toBe('run');
    const message = showScreen(running, { screen: 'message', message: 'Back at 10:40' }, T0);
    expect(projectRoomView(message, state, T0)).toMatchObject({
      screen: 'message',
      message: 'Back at 10:40',
      run: null,
    });
    const back = showScreen(message, { screen: 'run' }, T0);
    expect(back.message).toBe('Back at 10:40');
    expect(projectRoomView(back, state, T0).screen).toBe('run');

    const onBreak = showScreen(running, { screen: 'break', breakMinutes: 15 }, T0);
    expect(projectRoomView(onBreak, state, T0)).toMatchObject({
      screen: 'break',
      breakEndsAt: T0 + 15 * 60_000,
      run: null,
    });
    // Called up again, the break keeps its end; once over, a new one gets the default length.
    const resumed = showScreen(onBreak, { screen: 'run' }, T0 + 500);
    expect(showScreen(resumed, { screen: 'break' }, T0 + 1000).breakEndsAt).toBe(T0 + 15 * 60_000);
    expect(showScreen(onBreak, { screen: 'break' }, T0 + 16 * 60_000).breakEndsAt).toBe(
      T0 + 26 * 60_000,
    );
  });

  it('gives the room-size rule as the smallest share of the screen height', () => {
    expect(viewOf(clarifying()).minimumTextShare).toBeCloseTo(9 / (1.5 * 200));
    expect(projectRoomView(running, clarifying(), T0, null).minimumTextShare).toBeNull();
  });
});
