/**
 * The console's one key handler: which presses it takes (and so stops a focused button or the
 * browser from acting on them), and what it sends for them. In jsdom, against a stand-in session.
 */
import { describe, expect, it, vi } from 'vitest';
import type { KeyPress } from '../../../shared/actions/liveActions.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import {
  handleConsoleKey,
  type ConsoleKeys,
  type LiveKeys,
} from '../../../renderer/console/Shell/consoleKeys.ts';
import { fresh, run } from '../live/fixtures.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

function session(state: LiveState = run(fresh(), { type: 'agenda.next' })) {
  const live = {
    state: () => state,
    roomScreen: () => 'run' as const,
    send: vi.fn(),
    showRoom: vi.fn(),
    screen: vi.fn(),
  } satisfies LiveKeys;
  const keys = { shell: vi.fn(), live } satisfies ConsoleKeys;
  return { live, keys };
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, type?: string) => {
  const node = document.createElement(tag);
  if (type) node.setAttribute('type', type);
  document.body.append(node);
  return node;
};

describe('handleConsoleKey', () => {
  it('takes Space for the turn timer with a button or a checkbox focused', () => {
    for (const target of [element('button'), element('input', 'checkbox'), document.body]) {
      const { live, keys } = session();
      expect(handleConsoleKey(press(' '), target, keys)).toBe(true);
      expect(live.send).toHaveBeenCalledWith({ type: 'timer.start', timer: 'turn' });
    }
  });

  it('leaves every key to a text field, and to an open dialog', () => {
    for (const target of [
      element('input', 'text'),
      element('input'),
      element('textarea'),
      element('select'),
    ]) {
      const { live, keys } = session();
      expect(handleConsoleKey(press(' '), target, keys)).toBe(false);
      expect(handleConsoleKey(press('PageDown'), target, keys)).toBe(false);
      expect(live.send).not.toHaveBeenCalled();
    }
    const dialog = element('dialog');
    dialog.setAttribute('open', '');
    const { live, keys } = session();
    expect(handleConsoleKey(press('n'), document.body, keys)).toBe(false);
    expect(live.send).not.toHaveBeenCalled();
    // F5 is typed nowhere: it shows the presenter rather than reload the page, dialog or not.
    expect(handleConsoleKey(press('F5'), element('input', 'text'), keys)).toBe(true);
    expect(keys.shell).toHaveBeenCalledWith('show-presenter');
    dialog.remove();
  });

  it('sends Advance, blanks the room, and asks the shell for the presenter', () => {
    const { live, keys } = session();
    expect(handleConsoleKey(press('PageDown'), null, keys)).toBe(true);
    expect(live.send).toHaveBeenCalledWith({ type: 'queue.next' });
    expect(handleConsoleKey(press('b'), null, keys)).toBe(true);
    expect(live.showRoom).toHaveBeenCalledWith('blank');
    expect(handleConsoleKey(press('F5', { shiftKey: true }), null, keys)).toBe(true);
    expect(keys.shell).toHaveBeenCalledWith('show-presenter');
  });

  it('takes a held key’s repeats without acting on them', () => {
    const { live, keys } = session();
    expect(handleConsoleKey(press('PageDown', { repeat: true }), null, keys)).toBe(true);
    expect(live.send).not.toHaveBeenCalled();
  });

  it('leaves the live keys alone outside a running session, and Back before its first segment', () => {
    const ended = session(run(fresh(), { type: 'session.end' }));
    expect(handleConsoleKey(press('n'), null, ended.keys)).toBe(false);
    const none: ConsoleKeys = { shell: vi.fn(), live: undefined };
    expect(handleConsoleKey(press('PageDown'), null, none)).toBe(false);
    // The sheet's key works on every screen.
    expect(handleConsoleKey(press('?', { shiftKey: true }), null, none)).toBe(true);
    const notBegun = session(fresh());
    expect(handleConsoleKey(press('PageUp'), null, notBegun.keys)).toBe(false);
    expect(notBegun.live.send).not.toHaveBeenCalled();
  });
});
