import { CohortScreen } from './Cohort/CohortScreen.tsx';
import { HomeScreen } from './Home/HomeScreen.tsx';
import { useRoute } from './Shell/route.ts';
import { SaveIndicator } from './Shell/SaveIndicator.tsx';
import { TopBar } from './Shell/TopBar.tsx';
import './Shell/shell.css';

export function ConsoleApp() {
  const route = useRoute();
  return (
    <div className="console">
      <TopBar>
        {route.screen !== 'home' ? <SaveIndicator cohortId={route.cohortId} /> : null}
      </TopBar>
      {route.screen === 'home' ? <HomeScreen /> : <CohortScreen cohortId={route.cohortId} />}
    </div>
  );
}
