/**
 * Live screen buttons drawn from the actions' table: a button sends what its key would send,
 * worked out from the state when it is clicked, and its hint names the key. Nothing here reads
 * state while rendering, so such a button re-renders only with its parent.
 */
import type { ReactNode } from 'react';
import { actionHint, liveAction, type LiveActionId } from '../../../shared/actions/liveActions.ts';
import { useLiveSend, useLiveStore } from './LiveContext.tsx';

export interface ActionProps {
  title: string;
  onClick: () => void;
}

/** What makes a button perform the action: its hint and its click. None for no action. */
export function useActionProps(id: LiveActionId): ActionProps;
export function useActionProps(id: LiveActionId | undefined): ActionProps | undefined;
export function useActionProps(id: LiveActionId | undefined): ActionProps | undefined {
  const store = useLiveStore();
  const send = useLiveSend();
  if (!id) return undefined;
  const action = liveAction(id);
  return {
    title: actionHint(action),
    onClick: () => {
      const command = action.command(store.get());
      if (command) void send(command);
    },
  };
}

interface Props {
  action: LiveActionId;
  /** What the button shows; the action's label when left out. */
  children?: ReactNode;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

export function ActionButton({ action, children, ...rest }: Props) {
  const props = useActionProps(action);
  return (
    <button type="button" {...rest} {...props}>
      {children ?? liveAction(action).label}
    </button>
  );
}
