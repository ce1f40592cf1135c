/**
 * The live session as the console's panels read it: a store of the latest state and the one way to
 * act on it. `useLive(select)` re-renders a panel only when the part it selects changes, so one
 * command repaints the few components that show what it changed, not every panel.
 */
import { createContext, useContext } from 'react';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { WordlessScreen } from '../../../shared/room/roomState.ts';
import type { Store } from '../../ui/state/store.ts';
import { useSelected } from '../../ui/state/useSelected.ts';

export interface LiveContextValue {
  store: Store<LiveState>;
  send: (command: LiveCommandInput) => Promise<boolean>;
  /** Puts the session or a blank screen up in the room; a refusal shows with the live bar's. */
  showRoom: (screen: WordlessScreen) => Promise<boolean>;
}

export const LiveContext = createContext<LiveContextValue | null>(null);

function useLiveContext(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive needs the live session screen above it.');
  return value;
}

/**
 * One part of the live state. Pass a selector defined outside the component (or memoised) and
 * keep what it answers small; arrays and objects it derives are compared shallowly by default.
 */
export function useLive<T>(select: (state: LiveState) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useSelected(useLiveContext().store, select, isEqual);
}

/** Sends a facilitator action; answers whether the host applied it. Stable between renders. */
export const useLiveSend = (): LiveContextValue['send'] => useLiveContext().send;

/** Switches the room's screen to the session or to black. */
export const useShowRoom = (): LiveContextValue['showRoom'] => useLiveContext().showRoom;

/** The store itself, for reading the state when an event happens rather than when rendering. */
export const useLiveStore = (): Store<LiveState> => useLiveContext().store;
