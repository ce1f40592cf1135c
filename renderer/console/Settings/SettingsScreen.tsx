/**
 * Settings: the library folder (which one this window uses, and why), the browser host's shared
 * links, and about the app: its
 * version, which host this is, and where settings and the recent-files list are kept.
 */
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { hrefFor } from '../Shell/route.ts';
import { LibraryFolderSection } from './LibraryFolderSection.tsx';
import { LinksSection } from './LinksSection.tsx';
import './settings.css';

export function SettingsScreen() {
  const info = useQuery('library.folder', {}, ['library.changed']);
  const app = useAppInfo();

  return (
    <main className="screen">
      <div className="screen__inner settings">
        <nav className="settings__back" aria-label="Breadcrumb">
          <a href={hrefFor({ screen: 'home' })}>Cohorts</a>
        </nav>
        <div className="screen__header">
          <h1 className="screen__title">Settings</h1>
        </div>

        <ErrorLine
          message={info.error && `The settings could not be read: ${info.error.message}`}
          className="banner"
        />

        {info.data ? (
          <LibraryFolderSection
            info={info.data}
            readOnly={app?.readOnly ?? false}
            onChanged={info.reload}
          />
        ) : null}

        {app?.capabilities.renewLinks && !app.readOnly ? <LinksSection /> : null}

        <section className="settings__panel" aria-labelledby="about-heading">
          <h2 id="about-heading" className="settings__heading">
            About this app
          </h2>
          <dl className="settings__facts">
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
                <span className="settings__hint">
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
