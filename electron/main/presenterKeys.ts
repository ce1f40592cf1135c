/**
 * Keys pressed while the presenter window has the focus. The presenter only shows the room's
 * screen, yet a click on the projector's screen gives it the focus, and the facilitator's clicker
 * then talks to it. So a key that is one of the console's actions (the table in
 * shared/actions/liveActions.ts) is taken from the presenter and sent to the console as it was
 * pressed; the console decides what it does, as for a key pressed there. F5 never reloads the
 * presenter (a clicker's "start the show" key). Pure: Electron's Input in, a decision out.
 */
import type { Input } from 'electron';
import { actionForKey } from '../../shared/actions/liveActions.ts';
import type { KeyPress } from '../../shared/contract/shell.ts';

export interface PresenterKeyDecision {
  /** Keep the key from the presenter's page (and from a reload). */
  prevent: boolean;
  /** The key to hand to the console, if any. */
  forward?: KeyPress;
}

const RELOAD_KEYS = new Set(['F5', 'BrowserRefresh']);

export function presenterKeyDecision(
  input: Pick<Input, 'type' | 'key' | 'shift' | 'control' | 'meta' | 'alt' | 'isComposing'>,
): PresenterKeyDecision {
  const reload = RELOAD_KEYS.has(input.key);
  const down = input.type === 'keyDown' || input.type === 'rawKeyDown';
  if (!down || input.isComposing) return { prevent: reload };
  const key: KeyPress = {
    key: input.key,
    shiftKey: input.shift,
    ctrlKey: input.control,
    metaKey: input.meta,
    altKey: input.alt,
  };
  if (reload || actionForKey(key)) return { prevent: true, forward: key };
  return { prevent: false };
}
