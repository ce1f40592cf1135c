/**
 * Shows the presenter, as the View menu, the live bar's button and F5 do: the desktop app opens
 * (or brings forward) its presenter window; in a browser, the presenter page in a window of its own.
 * Answers what went wrong, in words, or undefined.
 */
import { useCallback } from 'react';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { openPresenterWindow } from './presenterWindow.ts';

export function useShowPresenter(): () => Promise<string | undefined> {
  const bridge = useBridge();
  const info = useAppInfo();
  return useCallback(async () => {
    if (!info) return 'The app has not answered yet; try again in a moment.';
    if (info.capabilities.showPresenter) {
      const result = await bridge.invoke('shell.showPresenter', {});
      return result.ok ? undefined : result.error.message;
    }
    if (!info.presenterPath) return 'Only the console can open the presenter.';
    return openPresenterWindow(info.presenterPath)
      ? undefined
      : 'The browser blocked the presenter window; use Open presenter window in the live bar.';
  }, [bridge, info]);
}
