import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  actionHint,
  CONSOLE_ACTIONS,
  liveAction,
  shellKeyAction,
} from '../../../shared/actions/liveActions.ts';
import { fresh, run, T0 } from '../live/fixtures.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the actions table', () => {
  it('gives each action its own id and each key one action', () => {
    const ids = CONSOLE_ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = CONSOLE_ACTIONS.flatMap((action) =>
      action.keys.map((k) => `${action.mod ? 'mod+' : ''}${k}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the action a key means, with or without Ctrl/⌘, and none with Alt', () => {
    expect(actionForKey(key('n'))?.id).toBe('next-speaker');
    expect(actionForKey(key('z', { ctrlKey: true }))?.id).toBe('undo-queue');
    expect(actionForKey(key('z', { metaKey: true }))?.id).toBe('undo-queue');
    expect(actionForKey(key('z'))).toBeUndefined();
    expect(actionForKey(key('n', { altKey: true }))).toBeUndefined();
    expect(actionForKey(key('?'))).toMatchObject({ id: 'show-shortcuts', kind: 'shell' });
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

  it('names the key in a hint, and gives the menu the sheet key as an accelerator it only shows', () => {
    expect(actionHint(liveAction('next-speaker'))).toBe('Next speaker (N)');
    expect(shellKeyAction('show-shortcuts').menu).toEqual({ accelerator: '?', register: false });
  });
});
