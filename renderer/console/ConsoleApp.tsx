import { lazy, Suspense, useCallback, useState } from 'react';
import { actionHint, shellKeyAction } from '../../shared/actions/liveActions.ts';
import type { KeyPress, ShellAction } from '../../shared/contract/shell.ts';
import { ErrorLine } from '../ui/ErrorLine/ErrorLine.tsx';
import { HomeScreen } from './Home/HomeScreen.tsx';
import { ConnectionBanner } from './Shell/ConnectionBanner.tsx';
import { FileDrop } from './Shell/FileDrop.tsx';
import { navigate, useRoute } from './Shell/route.ts';
import { SaveIndicator } from './Shell/SaveIndicator.tsx';
import { ShortcutSheet } from './Shell/ShortcutSheet.tsx';
import { TopBar } from './Shell/TopBar.tsx';
import { LiveKeysContext, useConsoleKeys } from './Shell/useConsoleKeys.ts';
import { useForwardedKeys } from './Shell/useForwardedKeys.ts';
import { useShellEvents } from './Shell/useShellEvents.ts';
import { useShowPresenter } from './Shell/useShowPresenter.ts';
import styles from './Shell/shell.module.css';

const SHORTCUTS_HINT = actionHint(shellKeyAction('show-shortcuts'));

// The console opens on Home; each other screen is fetched (from the local host) when first opened,
// so the first load carries only what the library of cohorts needs.
const CohortScreen = lazy(() =>
  import('./Cohort/CohortScreen.tsx').then((module) => ({ default: module.CohortScreen })),
);
const MemberScreen = lazy(() =>
  import('./Cohort/MemberScreen.tsx').then((module) => ({ default: module.MemberScreen })),
);
const LiveScreen = lazy(() =>
  import('./Live/LiveScreen.tsx').then((module) => ({ default: module.LiveScreen })),
);
const SettingsScreen = lazy(() =>
  import('./Settings/SettingsScreen.tsx').then((module) => ({ default: module.SettingsScreen })),
);

export function ConsoleApp() {
  const route = useRoute();
  const [creating, setCreating] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [shellProblem, setShellProblem] = useState<string>();
  const showPresenter = useShowPresenter();

  const onShellAction = useCallback(
    (action: ShellAction) => {
      if (action === 'show-shortcuts') setShortcuts(true);
      if (action === 'show-presenter') void showPresenter().then(setShellProblem);
      if (action === 'new-cohort') {
        navigate({ screen: 'home' });
        setCreating(true);
      }
    },
    [showPresenter],
  );
  useShellEvents(onShellAction);
  // The console's own keys (?, F5) work on every screen; the live ones while a session runs.
  const keys = useConsoleKeys(onShellAction);
  // Keys the desktop app hands over from the presenter window go through the same handling.
  const { handleKey } = keys;
  useForwardedKeys(useCallback((press: KeyPress) => handleKey(press, null), [handleKey]));

  return (
    <FileDrop>
      <LiveKeysContext.Provider value={keys.lend}>
        <div className={styles.console}>
          <TopBar>
            <ErrorLine message={shellProblem} className={styles.topbarProblem} />
            {'cohortId' in route ? <SaveIndicator cohortId={route.cohortId} /> : null}
            <button
              type="button"
              className={styles.topbarHelp}
              aria-label="Keyboard shortcuts"
              title={SHORTCUTS_HINT}
              onClick={() => setShortcuts(true)}
            >
              ?
            </button>
          </TopBar>
          <ConnectionBanner />
          <Suspense fallback={null}>
            {route.screen === 'home' ? (
              <HomeScreen creating={creating} setCreating={setCreating} />
            ) : route.screen === 'settings' ? (
              <SettingsScreen />
            ) : route.screen === 'cohort' ? (
              <CohortScreen cohortId={route.cohortId} />
            ) : route.screen === 'member' ? (
              <MemberScreen cohortId={route.cohortId} memberId={route.memberId} />
            ) : (
              <LiveScreen
                key={route.sessionId}
                cohortId={route.cohortId}
                sessionId={route.sessionId}
              />
            )}
          </Suspense>
          <ShortcutSheet open={shortcuts} onClose={() => setShortcuts(false)} />
        </div>
      </LiveKeysContext.Provider>
    </FileDrop>
  );
}
