/**
 * The console's keyboard: one listener for the whole page, handing every key to handleConsoleKey.
 * The live screen lends its side (the session's state and how to act on it) while it is open.
 *
 * Space is the turn timer's whatever has the focus, text fields apart, and the focused button (say
 * "Next segment") must not be clicked by it. A button activates on Space's keyup: Chromium skips
 * that when the keydown's default was prevented, other engines may not, so the keyup of a Space
 * the console took is prevented too. Enter is left to a focused button: pressing it is aiming at
 * that button.
 */
import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import type { KeyPress, ShellKeyActionId } from '../../../shared/actions/liveActions.ts';
import { handleConsoleKey, type ConsoleKeys, type LiveKeys } from './consoleKeys.ts';

/** Lends the live screen's side of the keys until the function it answers is called. */
type LendLiveKeys = (live: LiveKeys) => () => void;

export const LiveKeysContext = createContext<LendLiveKeys | null>(null);

/**
 * Listens for keys on the page; answers how the live screen lends its side, to provide to it, and
 * the handler itself, for keys that come from elsewhere (another window).
 */
export function useConsoleKeys(shell: (action: ShellKeyActionId) => void): {
  lend: LendLiveKeys;
  handleKey: (press: KeyPress, target: EventTarget | null) => boolean;
} {
  const slot = useRef<LiveKeys | undefined>(undefined);
  const latestShell = useRef(shell);
  useEffect(() => {
    latestShell.current = shell;
  });
  const handleKey = useCallback((press: KeyPress, target: EventTarget | null) => {
    const keys: ConsoleKeys = { shell: latestShell.current, live: slot.current };
    return handleConsoleKey(press, target, keys);
  }, []);

  useEffect(() => {
    // The keyup of a Space whose keydown the console took: a button must not click on it.
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (!handleKey(event, event.target)) return;
      event.preventDefault();
      if (event.key === ' ') spaceTaken = true;
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== ' ' || !spaceTaken) return;
      spaceTaken = false;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [handleKey]);

  const lend = useCallback<LendLiveKeys>((live) => {
    slot.current = live;
    return () => {
      if (slot.current === live) slot.current = undefined;
    };
  }, []);

  return { lend, handleKey };
}

/** The live screen's side of the keys, lent to the console's listener while it is mounted. */
export function useLendLiveKeys(live: LiveKeys): void {
  const lend = useContext(LiveKeysContext);
  useEffect(() => lend?.(live), [lend, live]);
}
