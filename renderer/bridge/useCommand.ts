/**
 * Sends one kind of request and keeps what a form or button shows about it: whether it is under
 * way, and the last error in words until the next success (or `reset`). The answer is returned as
 * well, for callers that go on with its value.
 */
import { useCallback, useState } from 'react';
import type {
  ContractError,
  RequestInput,
  RequestName,
  RequestOutput,
  Result,
} from '../../shared/contract/index.ts';
import { useBridge } from './ConnectionContext.tsx';

export interface Command<K extends RequestName> {
  run: (input: RequestInput<K>) => Promise<Result<RequestOutput<K>>>;
  busy: boolean;
  error: ContractError | undefined;
  /** Forgets the last error (the user changed what was refused). */
  reset: () => void;
}

export function useCommand<K extends RequestName>(name: K): Command<K> {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError>();

  const run = useCallback(
    async (input: RequestInput<K>) => {
      setBusy(true);
      const result = await bridge.invoke(name, input);
      setBusy(false);
      setError(result.ok ? undefined : result.error);
      return result;
    },
    [bridge, name],
  );
  const reset = useCallback(() => setError(undefined), []);

  return { run, busy, error, reset };
}
