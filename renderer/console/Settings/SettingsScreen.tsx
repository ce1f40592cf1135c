/**
 * Settings: the library folder (which one this window uses, and why), the light or dark theme, and
 * about the app: its version, which host this is, and where settings and the recent-files list are
 * kept.
 */
import { ArrowLeft } from 'lucide-react';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { hrefFor } from '../Shell/route.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { LibraryFolderSection } from './LibraryFolderSection.tsx';
import banners from '../../ui/Banner/Banner.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import styles from './settings.module.css';
import panels from '../../ui/Panel/Panel.module.css';

export function SettingsScreen() {
  const info = useQuery('library.folder', {}, ['library.changed']);
  const app = useAppInfo();

  return (
    <main className={screens.screen}>
      <div className={`${screens.inner} ${styles.settings}`}>
        <nav className={screens.breadcrumb} aria-label="Breadcrumb">
          <a href={hrefFor({ screen: 'home' })}>
            <ArrowLeft size={15} />
            Cohorts
          </a>
        </nav>
        <div className={screens.header}>
          <h1 className={screens.title}>Settings</h1>
        </div>

        {info.error ? (
          <p className={banners.banner} role="alert">
            The settings could not be read: {info.error.message}
          </p>
        ) : null}

        {info.data ? (
          <LibraryFolderSection
            info={info.data}
            readOnly={app?.readOnly ?? false}
            onChanged={info.reload}
          />
        ) : null}

        <AppearanceSection />

        <section
          className={`${panels.surface} ${styles.settingsPanel}`}
          aria-labelledby="about-heading"
        >
          <h2 id="about-heading" className={styles.settingsHeading}>
            About this app
          </h2>
          <dl className={styles.settingsFacts}>
            <div>
              <dt>Version</dt>
              <dd>{app ? `Facilitator Console ${app.version}` : '…'}</dd>
            </div>
            <div>
              <dt>Running as</dt>
              <dd>
                {app
                  ? app.host === 'electron'
                    ? 'The desktop app'
                    : 'The browser host (npm run serve), in this browser tab'
                  : '…'}
              </dd>
            </div>
            <div>
              <dt>Settings are stored in</dt>
              <dd>
                {info.data ? <code>{info.data.userDataFolder}</code> : '…'}
                <span className={styles.settingsHint}>
                  The user-data folder holds the app settings and the list of recently opened files.
                  Cohorts are never kept there: each one is its own .cohort file.
                </span>
              </dd>
            </div>
          </dl>
        </section>
      </div>
    </main>
  );
}
