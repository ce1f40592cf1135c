import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  actionHint,
  CONSOLE_ACTIONS,
  liveAction,
  roomAction,
  shellKeyAction,
  type KeyPress,
} from '../../../shared/actions/liveActions.ts';
import { advanceCommand } from '../../../shared/live/phaseSteps.ts';
import { fresh, run, T0 } from '../live/fixtures.ts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the actions table', () => {
  it('gives each action its own id and each key press one action', () => {
    const ids = CONSOLE_ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every press the table names (with Shift up and down where it does not care) means one action.
    const presses = CONSOLE_ACTIONS.flatMap((action) =>
      action.keys.flatMap((k) =>
        (action.shift === undefined ? [false, true] : [action.shift]).map((shiftKey) =>
          key(k, { shiftKey, ctrlKey: Boolean(action.mod) }),
        ),
      ),
    );
    for (const press of presses) {
      const meaning = CONSOLE_ACTIONS.filter((action) => actionForKey(press) === action);
      expect(meaning, JSON.stringify(press)).toHaveLength(1);
      const matching = CONSOLE_ACTIONS.filter(
        (action) =>
          action.keys.includes(press.key) &&
          Boolean(action.mod) === press.ctrlKey &&
          (action.shift === undefined || action.shift === press.shiftKey),
      );
      expect(matching, JSON.stringify(press)).toHaveLength(1);
    }
  });

  it('gives every action a key and a label for the sheet', () => {
    for (const action of CONSOLE_ACTIONS) {
      expect(action.keys.length, action.id).toBeGreaterThan(0);
      expect(action.keyLabel, action.id).not.toBe('');
      expect(action.label, action.id).not.toBe('');
    }
  });

  it('finds the action a key means, with or without Ctrl/⌘, and none with Alt', () => {
    expect(actionForKey(key('n'))?.id).toBe('next-speaker');
    expect(actionForKey(key('z', { ctrlKey: true }))?.id).toBe('undo-queue');
    expect(actionForKey(key('z', { metaKey: true }))?.id).toBe('undo-queue');
    expect(actionForKey(key('z'))).toBeUndefined();
    expect(actionForKey(key('n', { altKey: true }))).toBeUndefined();
    expect(actionForKey(key('?', { shiftKey: true }))).toMatchObject({
      id: 'show-shortcuts',
      kind: 'shell',
    });
  });

  it("maps a presentation clicker's keys: PageDown, PageUp, b, . and F5 or Shift+F5", () => {
    expect(actionForKey(key('PageDown'))?.id).toBe('advance');
    expect(actionForKey(key('ArrowRight'))?.id).toBe('advance');
    expect(actionForKey(key('PageUp'))?.id).toBe('back');
    expect(actionForKey(key('ArrowLeft'))?.id).toBe('back');
    expect(actionForKey(key('b'))).toMatchObject({ id: 'toggle-blank', kind: 'room' });
    expect(actionForKey(key('.'))?.id).toBe('toggle-blank');
    expect(actionForKey(key('F5'))).toMatchObject({ id: 'show-presenter', kind: 'shell' });
    expect(actionForKey(key('F5', { shiftKey: true }))?.id).toBe('show-presenter');
    // Shift with the arrows moves the preview instead; Home and End jump in the category.
    expect(actionForKey(key('ArrowRight', { shiftKey: true }))?.id).toBe('next-question');
    expect(actionForKey(key('ArrowLeft', { shiftKey: true }))?.id).toBe('previous-question');
    expect(actionForKey(key('Home'))?.id).toBe('first-question');
    expect(actionForKey(key('End'))?.id).toBe('last-question');
  });

  it('works out the turn timer toggle and the show/hide from the state', () => {
    const toggle = liveAction('turn-toggle');
    const idle = fresh();
    expect(toggle.command(idle)).toEqual({ type: 'timer.start', timer: 'turn' });
    const running = run(idle, { type: 'timer.start', timer: 'turn' }, T0);
    expect(toggle.command(running)).toEqual({ type: 'timer.pause', timer: 'turn' });
    const paused = run(running, { type: 'timer.pause', timer: 'turn' }, T0 + 1000);
    expect(toggle.command(paused)).toEqual({ type: 'timer.resume', timer: 'turn' });

    const show = liveAction('show-question');
    const picked = run(idle, { type: 'deck.draw' });
    expect(show.command(picked)).toEqual({ type: 'deck.show' });
    expect(show.command(run(picked, { type: 'deck.show' }))).toEqual({ type: 'deck.hide' });
  });

  it('Advance is the phase rule, and the blank screen toggles back to the session', () => {
    const checkIn = run(fresh(), { type: 'agenda.next' });
    expect(liveAction('advance').command(checkIn)).toEqual(advanceCommand(checkIn));
    const blank = roomAction('toggle-blank');
    expect(blank.screen('run')).toBe('blank');
    expect(blank.screen('message')).toBe('blank');
    expect(blank.screen(undefined)).toBe('blank');
    expect(blank.screen('blank')).toBe('run');
  });

  it('names the key in a hint, and gives the menu the accelerators of the table', () => {
    expect(actionHint(liveAction('next-speaker'))).toBe('Next speaker (N)');
    expect(shellKeyAction('show-shortcuts').menu).toEqual({ accelerator: '?', register: false });
    expect(shellKeyAction('show-presenter').menu).toEqual({ accelerator: 'F5', register: true });
  });
});
