/**
 * Reads a query and keeps it fresh: it asks again when one of the named events arrives and when
 * the connection comes back after a drop.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ContractError,
  EventName,
  RequestInput,
  RequestName,
  RequestOutput,
} from '../../shared/contract/index.ts';
import { useBridge, useConnectionState } from './ConnectionContext.tsx';

export interface QueryState<T> {
  data: T | undefined;
  error: ContractError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useQuery<K extends RequestName>(
  name: K,
  input: RequestInput<K> | null,
  refreshOn: readonly EventName[] = [],
): QueryState<RequestOutput<K>> {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [data, setData] = useState<RequestOutput<K>>();
  const [error, setError] = useState<ContractError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const inputKey = JSON.stringify(input);
  const latest = useRef(0);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    if (input === null || connection !== 'open') return;
    const ticket = ++latest.current;
    void bridge.invoke(name, JSON.parse(inputKey) as RequestInput<K>).then((result) => {
      if (ticket !== latest.current) return;
      setLoading(false);
      if (result.ok) {
        setData(result.value);
        setError(undefined);
      } else {
        setError(result.error);
      }
    });
    // input is compared by its JSON so callers can pass object literals.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bridge, name, inputKey, generation, connection]);

  const refreshKey = refreshOn.join('|');
  useEffect(() => {
    const names = refreshKey ? (refreshKey.split('|') as EventName[]) : [];
    const unsubscribers = names.map((event) => bridge.subscribe(event, reload));
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [bridge, refreshKey, reload]);

  return { data, error, loading, reload };
}
