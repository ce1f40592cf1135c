/**
 * The facilitator's live actions as data: one registry from which the keyboard shortcuts, the
 * shortcut sheet and the buttons' hints are drawn, so a shortcut is defined once.
 */
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import { timerRun } from '../../../shared/live/timer.ts';
import { TIMER_TOGGLE } from '../../../shared/vocabulary/timerStates.ts';

export interface LiveAction {
  id: string;
  label: string;
  group: 'Speakers' | 'Turn timer' | 'Questions' | 'Agenda';
  /** The key as KeyboardEvent.key gives it (one or more), and how the sheet shows it. */
  keys: string[];
  keyLabel: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean;
  command: (state: LiveState) => LiveCommandInput | null;
}

export const LIVE_ACTIONS: readonly LiveAction[] = [
  {
    id: 'next-speaker',
    label: 'Next speaker',
    group: 'Speakers',
    keys: ['n', 'N'],
    keyLabel: 'N',
    command: () => ({ type: 'queue.next' }),
  },
  {
    id: 'undo-queue',
    label: 'Undo the last queue change',
    group: 'Speakers',
    keys: ['z', 'Z'],
    keyLabel: 'Ctrl/⌘ Z',
    mod: true,
    command: () => ({ type: 'queue.undo' }),
  },
  {
    id: 'turn-toggle',
    label: 'Start, pause or resume the turn timer',
    group: 'Turn timer',
    keys: [' '],
    keyLabel: 'Space',
    command: (state) => ({
      type: TIMER_TOGGLE[timerRun(state.timers.turn)].command,
      timer: 'turn',
    }),
  },
  {
    id: 'turn-reset',
    label: 'Reset the turn timer',
    group: 'Turn timer',
    keys: ['r', 'R'],
    keyLabel: 'R',
    command: () => ({ type: 'timer.reset', timer: 'turn' }),
  },
  {
    id: 'turn-plus',
    label: 'Ten seconds more',
    group: 'Turn timer',
    keys: ['+', '='],
    keyLabel: '+',
    command: () => ({ type: 'timer.adjust', timer: 'turn', deltaMs: 10_000 }),
  },
  {
    id: 'turn-minus',
    label: 'Ten seconds less',
    group: 'Turn timer',
    keys: ['-'],
    keyLabel: '−',
    command: () => ({ type: 'timer.adjust', timer: 'turn', deltaMs: -10_000 }),
  },
  {
    id: 'next-question',
    label: 'Next question',
    group: 'Questions',
    keys: ['ArrowRight'],
    keyLabel: '→',
    command: () => ({ type: 'deck.next' }),
  },
  {
    id: 'previous-question',
    label: 'Previous question',
    group: 'Questions',
    keys: ['ArrowLeft'],
    keyLabel: '←',
    command: () => ({ type: 'deck.previous' }),
  },
  {
    id: 'draw-question',
    label: 'Draw the next question not yet asked',
    group: 'Questions',
    keys: ['d', 'D'],
    keyLabel: 'D',
    command: () => ({ type: 'deck.draw' }),
  },
  {
    id: 'show-question',
    label: 'Show or hide the question on the screen',
    group: 'Questions',
    keys: ['s', 'S'],
    keyLabel: 'S',
    command: (state) =>
      state.deck.shownId !== null && state.deck.shownId === state.deck.currentId
        ? { type: 'deck.hide' }
        : { type: 'deck.show' },
  },
  {
    id: 'next-segment',
    label: 'Next segment',
    group: 'Agenda',
    keys: [']'],
    keyLabel: ']',
    command: () => ({ type: 'agenda.next' }),
  },
  {
    id: 'previous-segment',
    label: 'Previous segment',
    group: 'Agenda',
    keys: ['['],
    keyLabel: '[',
    command: () => ({ type: 'agenda.previous' }),
  },
];

/** The action a key press means, or undefined. Typing in a field never triggers one. */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): LiveAction | undefined {
  if (event.altKey) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  return LIVE_ACTIONS.find(
    (action) => action.keys.includes(event.key) && Boolean(action.mod) === mod,
  );
}

export const hintFor = (id: string): string => {
  const action = LIVE_ACTIONS.find((a) => a.id === id);
  return action ? `${action.label} (${action.keyLabel})` : '';
};
