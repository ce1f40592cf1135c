import { createContext, useContext } from 'react';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';

export interface LiveContextValue {
  state: LiveState;
  send: (command: LiveCommandInput) => Promise<boolean>;
}

export const LiveContext = createContext<LiveContextValue | null>(null);

export function useLive(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive needs the live session screen above it.');
  return value;
}
