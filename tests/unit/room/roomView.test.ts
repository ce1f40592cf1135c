import { describe, expect, it } from 'vitest';
import { createLiveState, type LiveState } from '../../../shared/live/session.ts';
import { applyLiveCommand } from '../../../shared/live/session.ts';
import { LiveCommandSchema, type LiveCommandInput } from '../../../shared/live/commands.ts';
import { toLiveBank } from '../../../shared/live/deck.ts';
import { resolveBank } from '../../../shared/deck/customise.ts';
import { defaultAgenda } from '../../../shared/live/agenda.ts';
import { followSession, initialRoomState, showScreen } from '../../../shared/room/roomState.ts';
import { projectRoomView, RoomViewSchema } from '../../../shared/room/roomView.ts';

const T0 = 1_780_000_000_000;
const people = ['Ana', 'Ben', 'Cho'].map((name) => ({
  id: name.toLowerCase(),
  name,
  guest: false,
  memberId: name.toLowerCase(),
}));

function running(): LiveState {
  let state = createLiveState(
    {
      cohortId: 'c',
      sessionId: 's',
      people,
      agenda: defaultAgenda(),
      bank: toLiveBank(resolveBank(undefined)),
    },
    T0,
  );
  const commands: LiveCommandInput[] = [
    { type: 'agenda.goto', segmentId: 'challenges' },
    { type: 'challenge.enter', attendeeId: 'ana', text: 'Our hiring is stuck' },
    { type: 'note.add', text: 'Private: Ben is leaving in May', kind: 'note' },
    { type: 'challenge.choose', challengeId: 'challenge-ana' },
    { type: 'agenda.goto', segmentId: 'clarifying' },
    { type: 'deck.draw' },
    { type: 'deck.show' },
    { type: 'queue.next' },
  ];
  for (const [i, command] of commands.entries()) {
    const result = applyLiveCommand(state, LiveCommandSchema.parse(command), T0 + (i + 1) * 1000);
    if (result.ok) state = result.state;
  }
  return state;
}

const following = followSession(initialRoomState(), { cohortId: 'c', sessionId: 's' });

describe('the room view', () => {
  it('shows the run of the session the room follows: question, floor, next, timers', () => {
    const state = running();
    const view = projectRoomView(following, state, T0 + 10_000);
    expect(RoomViewSchema.parse(view)).toEqual(view);
    expect(view.screen).toBe('run');
    expect(view.at).toBe(T0 + 10_000);
    expect(view.run?.segment).toEqual({ title: 'Clarifying rounds', phase: 'clarifying' });
    expect(view.run?.question?.category).toBe('Framing');
    expect(view.run?.floor?.name).toBe(state.people.find((p) => p.id === state.queue.floor)?.name);
    expect(view.run?.next.length).toBeLessThanOrEqual(2);
    expect(view.run?.timers.turn).toEqual(state.timers.turn);
  });

  it('carries nothing the room must not see: no notes, no challenge texts, no ids', () => {
    const text = JSON.stringify(projectRoomView(following, running(), T0));
    expect(text).not.toContain('Ben is leaving');
    expect(text).not.toContain('hiring is stuck');
    expect(text).not.toContain('"c"');
    expect(text.length).toBeLessThan(4096);
  });

  it('waits when no session is followed, another session runs, or the session ended', () => {
    const state = running();
    expect(projectRoomView(initialRoomState(), state, T0).screen).toBe('waiting');
    const other = followSession(initialRoomState(), { cohortId: 'c', sessionId: 'other' });
    expect(projectRoomView(other, state, T0).screen).toBe('waiting');
    const ended = applyLiveCommand(state, { type: 'session.end' }, T0 + 60_000);
    expect(ended.ok && projectRoomView(following, ended.state, T0).screen).toBe('waiting');
    expect(projectRoomView(following, undefined, T0)).toEqual({
      at: T0,
      screen: 'waiting',
      message: null,
      run: null,
    });
  });

  it("puts the facilitator's blank or message screen over the run", () => {
    const state = running();
    expect(projectRoomView(showScreen(following, 'blank'), state, T0)).toEqual({
      at: T0,
      screen: 'blank',
      message: null,
      run: null,
    });
    const message = showScreen(following, 'message', 'Back at 10:40');
    expect(projectRoomView(message, state, T0)).toMatchObject({
      screen: 'message',
      message: 'Back at 10:40',
      run: null,
    });
    // Back to the run, the message is kept for next time.
    const back = showScreen(message, 'run');
    expect(back.message).toBe('Back at 10:40');
    expect(projectRoomView(back, state, T0).screen).toBe('run');
  });
});
