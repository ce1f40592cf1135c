/**
 * The facilitator's actions as data: the single source for what a key does in the console, what a
 * button in the live screen does, what the shortcut sheet lists and which accelerator the desktop
 * app's menu shows for the same action. Pure: no DOM, no Electron; the renderer and electron/main
 * both read it. A presentation clicker sends PageDown and PageUp (Advance, Back), `b` or `.`
 * (blank screen) and F5 or Shift+F5 (start the show): each of those is an action here.
 */
import type { ShellAction } from '../contract/shell.ts';
import type { LiveCommandInput } from '../live/commands.ts';
import { advanceCommand, backCommand } from '../live/phaseSteps.ts';
import type { LiveState } from '../live/session.ts';
import { timerRun } from '../live/timer.ts';
import type { RoomScreen, WordlessScreen } from '../room/roomState.ts';
import { TIMER_TOGGLE } from '../vocabulary/timerStates.ts';

export type ActionGroup =
  | 'Step through the session'
  | 'Speakers'
  | 'Turn timer'
  | 'Questions'
  | 'Agenda'
  | 'Room screen'
  | 'Notes'
  | 'Help';

interface ActionBase {
  label: string;
  group: ActionGroup;
  /** The key as KeyboardEvent.key gives it (one or more), and how the sheet shows it. */
  keys: readonly string[];
  keyLabel: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean;
  /**
   * Whether Shift must be down (true) or up (false); left out, either. Letters list both cases
   * instead, and keys such as ? and + need Shift on some layouts only.
   */
  shift?: boolean;
  /** A key nothing types (F5): it works in a text field and with a dialog open too. */
  anywhere?: boolean;
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

/** An action on the room's screen (room.show): the screen to put up, from the one up now. */
export interface RoomAction extends ActionBase {
  id: RoomActionId;
  kind: 'room';
  screen: (current: RoomScreen | undefined) => WordlessScreen;
}

/** An action on the live screen itself, with nothing sent: putting the focus somewhere. */
export interface ScreenAction extends ActionBase {
  id: ScreenActionId;
  kind: 'screen';
}

export type ConsoleAction = LiveAction | RoomAction | ScreenAction | ShellKeyAction;

/** In the order the shortcut sheet lists them. */
const LIVE_TABLE = {
  advance: {
    label: 'Advance: the next step of this segment',
    group: 'Step through the session',
    keys: ['PageDown', 'ArrowRight'],
    keyLabel: 'PageDown / →',
    shift: false,
    command: advanceCommand,
  },
  back: {
    label: 'Back: the step before',
    group: 'Step through the session',
    keys: ['PageUp', 'ArrowLeft'],
    keyLabel: 'PageUp / ←',
    shift: false,
    command: backCommand,
  },
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
    label: 'Preview the next question',
    group: 'Questions',
    keys: ['ArrowRight'],
    keyLabel: 'Shift →',
    shift: true,
    command: () => ({ type: 'deck.next' }),
  },
  'previous-question': {
    label: 'Preview the previous question',
    group: 'Questions',
    keys: ['ArrowLeft'],
    keyLabel: 'Shift ←',
    shift: true,
    command: () => ({ type: 'deck.previous' }),
  },
  'first-question': {
    label: 'Preview the first question of the category',
    group: 'Questions',
    keys: ['Home'],
    keyLabel: 'Home',
    command: () => ({ type: 'deck.firstInCategory' }),
  },
  'last-question': {
    label: 'Preview the last question of the category',
    group: 'Questions',
    keys: ['End'],
    keyLabel: 'End',
    command: () => ({ type: 'deck.lastInCategory' }),
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

const ROOM_TABLE = {
  'toggle-blank': {
    label: 'Blank the screen, or bring the session back',
    group: 'Room screen',
    keys: ['b', 'B', '.'],
    keyLabel: 'B / .',
    screen: (current) => (current === 'blank' ? 'run' : 'blank'),
  },
} satisfies Record<string, Omit<RoomAction, 'id' | 'kind'>>;

export type RoomActionId = keyof typeof ROOM_TABLE;

export const ROOM_ACTIONS: readonly RoomAction[] = (Object.keys(ROOM_TABLE) as RoomActionId[]).map(
  (id) => ({ id, kind: 'room', ...ROOM_TABLE[id] }),
);

const SCREEN_TABLE = {
  'take-note': {
    label: 'Take a note (Enter saves, Shift+Enter adds a line)',
    group: 'Notes',
    keys: ['t', 'T'],
    keyLabel: 'T',
  },
} satisfies Record<string, Omit<ScreenAction, 'id' | 'kind'>>;

export type ScreenActionId = keyof typeof SCREEN_TABLE;

export const SCREEN_ACTIONS: readonly ScreenAction[] = (
  Object.keys(SCREEN_TABLE) as ScreenActionId[]
).map((id) => ({ id, kind: 'screen', ...SCREEN_TABLE[id] }));

export const screenAction = (id: ScreenActionId): ScreenAction => ({
  id,
  kind: 'screen',
  ...SCREEN_TABLE[id],
});

const SHELL_TABLE = {
  'show-presenter': {
    label: 'Show the presenter',
    group: 'Room screen',
    // A clicker's "start the show" key sends F5 or Shift+F5.
    keys: ['F5'],
    keyLabel: 'F5',
    // Otherwise the browser would reload the console, say with a dialog open.
    anywhere: true,
    menu: { accelerator: 'F5', register: true },
  },
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

export const CONSOLE_ACTIONS: readonly ConsoleAction[] = [
  ...LIVE_ACTIONS,
  ...ROOM_ACTIONS,
  ...SCREEN_ACTIONS,
  ...SHELL_KEY_ACTIONS,
];

/** The live action of that id (an id not in the table does not compile). */
export const liveAction = (id: LiveActionId): LiveAction => ({
  id,
  kind: 'live',
  ...LIVE_TABLE[id],
});

export const roomAction = (id: RoomActionId): RoomAction => ({
  id,
  kind: 'room',
  ...ROOM_TABLE[id],
});

export const shellKeyAction = (id: ShellKeyActionId): ShellKeyAction => ({
  id,
  kind: 'shell',
  ...SHELL_TABLE[id],
});

/** How a button's hint names its action and key: "Next speaker (N)". */
export const actionHint = (action: ConsoleAction): string => `${action.label} (${action.keyLabel})`;

/** A key press as the console reads it: a KeyboardEvent, or one forwarded from another window. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Held down: the key repeats. */
  repeat?: boolean;
}

/** The action a key press means, or undefined. Whether a field has focus is the caller's to check. */
export function actionForKey(
  press: Pick<KeyPress, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ConsoleAction | undefined {
  if (press.altKey) return undefined;
  const mod = press.ctrlKey || press.metaKey;
  return CONSOLE_ACTIONS.find(
    (action) =>
      action.keys.includes(press.key) &&
      Boolean(action.mod) === mod &&
      (action.shift === undefined || action.shift === press.shiftKey),
  );
}
