/**
 * The facilitator's actions as data: the single source for what a key does in the console, what a
 * button in the live screen does, what the shortcut sheet lists and which accelerator the desktop
 * app's menu shows for the same action. Pure: no DOM, no Electron; the renderer and electron/main
 * both read it.
 */
import type { ShellAction } from '../contract/shell.ts';
import type { LiveCommandInput } from '../live/commands.ts';
import type { LiveState } from '../live/session.ts';
import { timerRun } from '../live/timer.ts';
import { TIMER_TOGGLE } from '../vocabulary/timerStates.ts';

export type ActionGroup = 'Speakers' | 'Turn timer' | 'Questions' | 'Agenda' | 'Help';

interface ActionBase {
  label: string;
  group: ActionGroup;
  /** The key as KeyboardEvent.key gives it (one or more), and how the sheet shows it. */
  keys: readonly string[];
  keyLabel: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean;
  /**
   * The desktop menu's accelerator for the same action (Electron's notation). `register: false`
   * when the console handles the key itself and the menu only shows it, so that typing the key
   * into a text field still types it.
   */
  menu?: { accelerator: string; register: boolean };
}

/** An action on the live session: the command it sends, worked out from the state. */
export interface LiveAction extends ActionBase {
  id: LiveActionId;
  kind: 'live';
  command: (state: LiveState) => LiveCommandInput | null;
}

/** An action of the console itself, which the desktop menu sends as a shell action too. */
export interface ShellKeyAction extends ActionBase {
  id: ShellKeyActionId;
  kind: 'shell';
}

export type ConsoleAction = LiveAction | ShellKeyAction;

/** In the order the shortcut sheet lists them. */
const LIVE_TABLE = {
  'next-speaker': {
    label: 'Next speaker',
    group: 'Speakers',
    keys: ['n', 'N'],
    keyLabel: 'N',
    command: () => ({ type: 'queue.next' }),
  },
  'undo-queue': {
    label: 'Undo the last queue change',
    group: 'Speakers',
    keys: ['z', 'Z'],
    keyLabel: 'Ctrl/⌘ Z',
    mod: true,
    command: () => ({ type: 'queue.undo' }),
  },
  'turn-toggle': {
    label: 'Start, pause or resume the turn timer',
    group: 'Turn timer',
    keys: [' '],
    keyLabel: 'Space',
    command: (state) => ({
      type: TIMER_TOGGLE[timerRun(state.timers.turn)].command,
      timer: 'turn',
    }),
  },
  'turn-reset': {
    label: 'Reset the turn timer',
    group: 'Turn timer',
    keys: ['r', 'R'],
    keyLabel: 'R',
    command: () => ({ type: 'timer.reset', timer: 'turn' }),
  },
  'turn-plus': {
    label: 'Ten seconds more',
    group: 'Turn timer',
    keys: ['+', '='],
    keyLabel: '+',
    command: () => ({ type: 'timer.adjust', timer: 'turn', deltaMs: 10_000 }),
  },
  'turn-minus': {
    label: 'Ten seconds less',
    group: 'Turn timer',
    keys: ['-'],
    keyLabel: '−',
    command: () => ({ type: 'timer.adjust', timer: 'turn', deltaMs: -10_000 }),
  },
  'next-question': {
    label: 'Next question',
    group: 'Questions',
    keys: ['ArrowRight'],
    keyLabel: '→',
    command: () => ({ type: 'deck.next' }),
  },
  'previous-question': {
    label: 'Previous question',
    group: 'Questions',
    keys: ['ArrowLeft'],
    keyLabel: '←',
    command: () => ({ type: 'deck.previous' }),
  },
  'draw-question': {
    label: 'Draw the next question not yet asked',
    group: 'Questions',
    keys: ['d', 'D'],
    keyLabel: 'D',
    command: () => ({ type: 'deck.draw' }),
  },
  'show-question': {
    label: 'Show or hide the question on the screen',
    group: 'Questions',
    keys: ['s', 'S'],
    keyLabel: 'S',
    command: (state) =>
      state.deck.shownId !== null && state.deck.shownId === state.deck.currentId
        ? { type: 'deck.hide' }
        : { type: 'deck.show' },
  },
  'next-segment': {
    label: 'Next segment',
    group: 'Agenda',
    keys: [']'],
    keyLabel: ']',
    command: () => ({ type: 'agenda.next' }),
  },
  'previous-segment': {
    label: 'Previous segment',
    group: 'Agenda',
    keys: ['['],
    keyLabel: '[',
    command: () => ({ type: 'agenda.previous' }),
  },
} satisfies Record<string, Omit<LiveAction, 'id' | 'kind'>>;

export type LiveActionId = keyof typeof LIVE_TABLE;

export const LIVE_ACTIONS: readonly LiveAction[] = (Object.keys(LIVE_TABLE) as LiveActionId[]).map(
  (id) => ({ id, kind: 'live', ...LIVE_TABLE[id] }),
);

const SHELL_TABLE = {
  'show-shortcuts': {
    label: 'Keyboard shortcuts',
    group: 'Help',
    keys: ['?'],
    keyLabel: '?',
    menu: { accelerator: '?', register: false },
  },
} satisfies Partial<Record<ShellAction, Omit<ShellKeyAction, 'id' | 'kind'>>>;

export type ShellKeyActionId = keyof typeof SHELL_TABLE;

export const SHELL_KEY_ACTIONS: readonly ShellKeyAction[] = (
  Object.keys(SHELL_TABLE) as ShellKeyActionId[]
).map((id) => ({ id, kind: 'shell', ...SHELL_TABLE[id] }));

export const CONSOLE_ACTIONS: readonly ConsoleAction[] = [...LIVE_ACTIONS, ...SHELL_KEY_ACTIONS];

/** The live action of that id (an id not in the table does not compile). */
export const liveAction = (id: LiveActionId): LiveAction => ({
  id,
  kind: 'live',
  ...LIVE_TABLE[id],
});

export const shellKeyAction = (id: ShellKeyActionId): ShellKeyAction => ({
  id,
  kind: 'shell',
  ...SHELL_TABLE[id],
});

/** How a button's hint names its action and key: "Next speaker (N)". */
export const actionHint = (action: ConsoleAction): string => `${action.label} (${action.keyLabel})`;

/** The action a key press means, or undefined. Whether a field has focus is the caller's to check. */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ConsoleAction | undefined {
  if (event.altKey) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  return CONSOLE_ACTIONS.find(
    (action) => action.keys.includes(event.key) && Boolean(action.mod) === mod,
  );
}
