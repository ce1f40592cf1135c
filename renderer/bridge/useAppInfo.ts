import type { AppInfo } from '../../shared/contract/index.ts';
import { useQuery } from './useQuery.ts';

/** What this host is and can do: desktop capabilities, the browser host's presenter page. */
export function useAppInfo(): AppInfo | undefined {
  return useQuery('app.info', {}).data;
}
