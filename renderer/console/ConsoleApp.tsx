import { useCallback, useEffect, useState } from 'react';
import { actionForKey, actionHint, shellKeyAction } from '../../shared/actions/liveActions.ts';
import type { ShellAction } from '../../shared/contract/shell.ts';
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

  useEffect(() => {
    // The console's own actions (?) work on every screen; the live ones only in a session.
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event);
      if (action?.kind !== 'shell' || !keyIsFree(event)) return;
      event.preventDefault();
      onShellAction(action.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onShellAction]);

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
