/**
 * A live screen button drawn from the actions' table: it sends what its key would send, worked out
 * from the state when it is clicked, and its hint names the key. It reads no state while
 * rendering, so it re-renders only with its parent.
 */
import type { ReactNode } from 'react';
import { actionHint, liveAction, type LiveActionId } from '../../../shared/actions/liveActions.ts';
import { useLiveSend, useLiveStore } from './LiveContext.tsx';

interface Props {
  action: LiveActionId;
  /** What the button shows; the action's label when left out. */
  children?: ReactNode;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

export function ActionButton({ action: id, children, className = 'button', ...rest }: Props) {
  const store = useLiveStore();
  const send = useLiveSend();
  const action = liveAction(id);
  return (
    <button
      type="button"
      className={className}
      title={actionHint(action)}
      {...rest}
      onClick={() => {
        const command = action.command(store.get());
        if (command) void send(command);
      }}
    >
      {children ?? action.label}
    </button>
  );
}
