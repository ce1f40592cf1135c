/**
 * What a key press does in the console, in one function: for the console's own keyboard, and for
 * keys another window hands over (the presenter window, where a clicker's keys land when it has
 * the focus). The actions' table (shared/actions/liveActions.ts) says which action a key means;
 * this decides whether it is the console's to act on and carries it out.
 */
import {
  actionForKey,
  type KeyPress,
  type ScreenActionId,
  type ShellKeyActionId,
} from '../../../shared/actions/liveActions.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { RoomScreen, WordlessScreen } from '../../../shared/room/roomState.ts';
import { dialogIsOpen, isTextEntry } from './keyTarget.ts';

/** The running session's side, while its live screen is open. */
export interface LiveKeys {
  /** The live state now, read when the key is pressed. */
  state(): LiveState;
  /** What the room's screen shows now, as the room view last said. */
  roomScreen(): RoomScreen | undefined;
  send(command: LiveCommandInput): unknown;
  showRoom(screen: WordlessScreen): unknown;
  /** Carries out an action on the screen itself (the note box takes the focus). */
  screen(action: ScreenActionId): void;
}

export interface ConsoleKeys {
  shell(action: ShellKeyActionId): void;
  live: LiveKeys | undefined;
}

/**
 * Carries out what the key means, when it is the console's: not while typing in a text field or
 * with a dialog open (but for a key nothing types, such as F5). Answers whether it was, so the caller prevents the key's default (a page
 * scroll, a focused button's click, the browser's reload on F5). A held key's repeats are taken
 * but do nothing: holding PageDown must not run through the deck.
 */
export function handleConsoleKey(
  press: KeyPress,
  target: EventTarget | null,
  keys: ConsoleKeys,
): boolean {
  const action = actionForKey(press);
  if (!action) return false;
  if (!action.anywhere && (isTextEntry(target) || dialogIsOpen())) return false;
  if (action.kind === 'shell') {
    if (!press.repeat) keys.shell(action.id);
    return true;
  }
  const live = keys.live;
  const state = live?.state();
  if (!live || state?.status !== 'running') return false;
  if (action.kind === 'screen') {
    if (!press.repeat) live.screen(action.id);
    return true;
  }
  if (action.kind === 'room') {
    if (!press.repeat) void live.showRoom(action.screen(live.roomScreen()));
    return true;
  }
  const command = action.command(state);
  if (!command) return false;
  if (!press.repeat) void live.send(command);
  return true;
}
