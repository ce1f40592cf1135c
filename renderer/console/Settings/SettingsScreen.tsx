/**
 * Settings: the library folder (which one this window uses, and why), the light or dark theme, the
 * browser host's shared links, and about the app: its version, which host this is, and where
 * settings and the recent-files list are kept.
 */
import { ArrowLeft } from 'lucide-react';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { hrefFor } from '../Shell/route.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { LibraryFolderSection } from './LibraryFolderSection.tsx';
import { LinksSection } from './LinksSection.tsx';
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

        <ErrorLine
          message={info.error && `The settings could not be read: ${info.error.message}`}
          className={banners.banner}
        />

        {info.data ? (
          <LibraryFolderSection
            info={info.data}
            readOnly={app?.readOnly ?? false}
            onChanged={info.reload}
          />
        ) : null}

        <AppearanceSection />

        {app?.capabilities.renewLinks && !app.readOnly ? <LinksSection /> : null}

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
