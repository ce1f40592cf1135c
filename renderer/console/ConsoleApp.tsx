import { useCallback, useEffect, useState } from 'react';
import { actionForKey, actionHint, shellKeyAction } from '../../shared/actions/liveActions.ts';
import type { KeyPress, ShellAction } from '../../shared/contract/shell.ts';
import { CohortScreen } from './Cohort/CohortScreen.tsx';
import { HomeScreen } from './Home/HomeScreen.tsx';
import { LiveScreen } from './Live/LiveScreen.tsx';
import { SettingsScreen } from './Settings/SettingsScreen.tsx';
import { FileDrop } from './Shell/FileDrop.tsx';
import { keyIsFree } from './Shell/keyTarget.ts';
import { navigate, useRoute } from './Shell/route.ts';
import { SaveIndicator } from './Shell/SaveIndicator.tsx';
import { ShortcutSheet } from './Shell/ShortcutSheet.tsx';
import { TopBar } from './Shell/TopBar.tsx';
import { useForwardedKeys } from './Shell/useForwardedKeys.ts';
import { useShellEvents } from './Shell/useShellEvents.ts';
import styles from './Shell/shell.module.css';

const SHORTCUTS_HINT = actionHint(shellKeyAction('show-shortcuts'));

export function ConsoleApp() {
  const route = useRoute();
  const [creating, setCreating] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);

  const onShellAction = useCallback((action: ShellAction) => {
    if (action === 'show-shortcuts') setShortcuts(true);
    if (action === 'new-cohort') {
      navigate({ screen: 'home' });
      setCreating(true);
    }
  }, []);
  useShellEvents(onShellAction);

  // The console's own actions (?) work on every screen; the live ones only in a session.
  const onShellKey = useCallback(
    (key: KeyPress) => {
      const action = actionForKey(key);
      if (action?.kind !== 'shell') return false;
      onShellAction(action.id);
      return true;
    },
    [onShellAction],
  );
  useForwardedKeys(onShellKey);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (keyIsFree(event) && onShellKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onShellKey]);

  return (
    <FileDrop>
      <div className={styles.console}>
        <TopBar>
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
        {route.screen === 'home' ? (
          <HomeScreen creating={creating} setCreating={setCreating} />
        ) : route.screen === 'settings' ? (
          <SettingsScreen />
        ) : route.screen === 'cohort' ? (
          <CohortScreen cohortId={route.cohortId} />
        ) : (
          <LiveScreen key={route.sessionId} cohortId={route.cohortId} sessionId={route.sessionId} />
        )}
        <ShortcutSheet open={shortcuts} onClose={() => setShortcuts(false)} />
      </div>
    </FileDrop>
  );
}
