/**
 * The cohort header's "File" menu: names the file the cohort lives in and offers what can be done
 * with it (rename the cohort, restore from a backup, save a copy elsewhere, export a session or the whole cohort).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronDown } from 'lucide-react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { RenameCohortDialog } from '../Cohort/RenameCohortDialog.tsx';
import { CohortExportDialog } from '../Export/lazyDialogs.tsx';
import { ExportDialog } from '../Export/lazyDialogs.tsx';
import { BackupsDialog } from './BackupsDialog.tsx';
import { SaveCopyDialog } from './SaveCopyDialog.tsx';
import { ShowInFolderButton } from './ShowInFolderButton.tsx';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import styles from './files.module.css';

type Opened = 'rename' | 'backups' | 'copy' | 'export' | 'export-cohort';

export function CohortFileMenu({ cohortId, cohort }: { cohortId: string; cohort: Cohort }) {
  const library = useQuery('library.list', {}, ['library.changed']);
  const fileName = library.data?.cohorts.find((entry) => entry.id === cohortId)?.fileName ?? '';
  const [menuOpen, setMenuOpen] = useState(false);
  const [opened, setOpened] = useState<Opened>();
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!menuOpen) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menuOpen]);

  const closeDialog = () => {
    setOpened(undefined);
    button.current?.focus();
  };

  const canShowInFolder = useAppInfo()?.capabilities.showInFolder ?? false;
  const choose = (next: Opened) => {
    setMenuOpen(false);
    setOpened(next);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      setMenuOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') setMenuOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className={styles.fileMenu} ref={root}>
      <button
        ref={button}
        type="button"
        className={styles.fileMenuButton}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-controls={menuOpen ? menuId : undefined}
        onClick={() => setMenuOpen((open) => !open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setMenuOpen(true);
          }
        }}
      >
        <span className={styles.fileMenuLabel}>File</span>
        <span className={styles.fileMenuName} title={fileName}>
          {fileName}
        </span>
        <ChevronDown size={14} className={styles.fileMenuCaret} />
      </button>
      {menuOpen ? (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label="File"
          className={styles.fileMenuList}
          onKeyDown={onMenuKey}
        >
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('rename')}>
              Rename cohort…
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('backups')}>
              Restore from backup…
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('copy')}>
              Save a copy elsewhere…
            </button>
          </li>
          {cohort.sessions.length > 0 ? (
            <li role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('export')}>
                Export a session…
              </button>
            </li>
          ) : null}
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose('export-cohort')}
            >
              Export the cohort…
            </button>
          </li>
          {canShowInFolder ? (
            <li role="none">
              <ShowInFolderButton cohortId={cohortId} className="" role="menuitem" />
            </li>
          ) : null}
        </ul>
      ) : null}
      {opened === 'rename' ? (
        <RenameCohortDialog
          cohortId={cohortId}
          name={cohort.name}
          fileName={fileName}
          onClose={closeDialog}
        />
      ) : null}
      {opened === 'backups' ? (
        <BackupsDialog cohortId={cohortId} fileName={fileName} onClose={closeDialog} />
      ) : null}
      {opened === 'copy' ? <SaveCopyDialog cohortId={cohortId} onClose={closeDialog} /> : null}
      {opened === 'export-cohort' ? (
        <CohortExportDialog cohortId={cohortId} onClose={closeDialog} />
      ) : null}
      {opened === 'export' ? (
        <ExportDialog cohortId={cohortId} cohort={cohort} onClose={closeDialog} />
      ) : null}
    </div>
  );
}
