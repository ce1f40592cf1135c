/**
 * The library folder: which folder this window lists and why (`--data`, the saved setting or the
 * default), and changing it: in the desktop app by choosing a folder in the system's dialog, in the
 * browser host by typing a path. A missing typed folder is created only when the facilitator says
 * so; a file, or a folder the app may not use, is refused in words.
 */
import { useId, useState, type FormEvent } from 'react';
import type { LibraryFolderInfo } from '../../../shared/contract/index.ts';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { useChosenPath } from '../Files/useChosenPath.ts';
import { hrefFor } from '../Shell/route.ts';
import { ABSOLUTE_HINT, errorWords, isAbsolutePath } from './pathWords.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './settings.module.css';
import panels from '../../ui/Panel/Panel.module.css';

const SOURCE_LABEL: Record<LibraryFolderInfo['source'], string> = {
  'command-line': 'Given with --data',
  saved: 'Saved in the settings',
  default: 'The default folder',
};

function WhyThisFolder({ info }: { info: LibraryFolderInfo }) {
  if (info.source === 'command-line')
    return (
      <p className={styles.settingsText}>
        This window uses the folder given with <code>--data</code> when the app was started. The
        saved setting applies when the app starts without <code>--data</code>:{' '}
        {info.savedFolder ? (
          <>
            it is <code>{info.savedFolder}</code>.
          </>
        ) : (
          <>none is saved yet, so that is the default folder.</>
        )}
      </p>
    );
  if (info.source === 'saved')
    return (
      <p className={styles.settingsText}>
        You chose this folder; it is saved in the settings and used whenever the app starts without{' '}
        <code>--data</code>.
        {info.commandLineFolder ? (
          <>
            {' '}
            This run was started with <code>--data {info.commandLineFolder}</code>; a start with{' '}
            <code>--data</code> uses the folder given there instead, for that run only.
          </>
        ) : null}
      </p>
    );
  return (
    <p className={styles.settingsText}>
      This is the default library folder. Choose another below and it is saved for the next starts
      too. A folder given with <code>--data</code> when the app starts wins for that run.
    </p>
  );
}

type Outcome =
  | { kind: 'problem'; message: string }
  | { kind: 'missing'; folder: string; message: string }
  | { kind: 'done'; folder: string };

export function LibraryFolderSection({
  info,
  readOnly,
  onChanged,
}: {
  info: LibraryFolderInfo;
  readOnly: boolean;
  onChanged: () => void;
}) {
  const setFolder = useCommand('library.setFolder');
  const inDialog = useAppInfo()?.host === 'electron';
  const place = useChosenPath('library-folder');
  const busy = setFolder.busy || place.busy;
  const fieldId = useId();
  const [path, setPath] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const trimmed = path.trim();

  const chooseFolder = async (folder: string, create: boolean) => {
    const result = await setFolder.run({ folder, create });
    if (result.ok) {
      setPath('');
      setOutcome({ kind: 'done', folder: result.value.folder });
      onChanged();
    } else if (result.error.code === 'not-found' && !create) {
      setOutcome({ kind: 'missing', folder, message: result.error.message });
    } else {
      setOutcome({ kind: 'problem', message: errorWords(result.error) });
    }
  };

  /** The desktop app: the folder the dialog answers (it exists: the dialog may have made it). */
  const chooseInDialog = async () => {
    setOutcome(undefined);
    const chosen = await place.choose();
    if (!chosen) return;
    const result = await setFolder.run({ handle: chosen.handle, create: true });
    place.forget();
    if (result.ok) {
      setOutcome({ kind: 'done', folder: result.value.folder });
      onChanged();
    } else {
      setOutcome({ kind: 'problem', message: errorWords(result.error) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    if (!isAbsolutePath(trimmed)) {
      setOutcome({
        kind: 'problem',
        message: `Give the full path of a folder, ${ABSOLUTE_HINT}.`,
      });
      return;
    }
    void chooseFolder(trimmed, false);
  };

  const problemId = `${fieldId}-problem`;
  return (
    <section
      className={`${panels.surface} ${styles.settingsPanel}`}
      aria-labelledby="library-folder-heading"
    >
      <h2 id="library-folder-heading" className={styles.settingsHeading}>
        Library folder
      </h2>
      <p className={styles.settingsText}>
        The home screen lists every <code>.cohort</code> file in this folder, and the files you
        opened from elsewhere.
      </p>
      <div className={styles.settingsCurrent} role="group" aria-label="Library folder in use">
        <code className={styles.settingsPath}>{info.folder}</code>
        <span className={styles.settingsBadge}>{SOURCE_LABEL[info.source]}</span>
      </div>
      <WhyThisFolder info={info} />

      {inDialog ? (
        <div className={styles.settingsForm}>
          <div className={styles.settingsRow}>
            <button
              type="button"
              className={buttons.primary}
              disabled={readOnly || busy}
              aria-describedby={outcome?.kind === 'problem' ? problemId : undefined}
              onClick={() => void chooseInDialog()}
            >
              Choose folder…
            </button>
          </div>
          <p className={styles.settingsHint}>
            Choose a folder in the system's dialog; the library lists it at once. Cohort files
            already in the old folder stay where they are.
          </p>
          <ErrorLine message={place.error?.message} />
        </div>
      ) : (
        <form className={styles.settingsForm} onSubmit={submit}>
          <label className={fields.field} htmlFor={fieldId}>
            Use another folder
          </label>
          <div className={styles.settingsRow}>
            <input
              id={fieldId}
              className={styles.settingsInput}
              value={path}
              spellCheck={false}
              autoComplete="off"
              placeholder={info.folder}
              disabled={readOnly}
              aria-invalid={outcome?.kind === 'problem' ? true : undefined}
              aria-describedby={outcome && outcome.kind !== 'done' ? problemId : undefined}
              onChange={(event) => {
                setPath(event.target.value);
                if (outcome?.kind !== 'done') setOutcome(undefined);
              }}
            />
            <button
              type="submit"
              className={buttons.primary}
              disabled={readOnly || busy || !trimmed}
            >
              Use this folder
            </button>
          </div>
          <p className={styles.settingsHint}>
            Type the full path of a folder, {ABSOLUTE_HINT}. Cohort files already in the old folder
            stay where they are.
          </p>
        </form>
      )}

      <ErrorLine
        id={problemId}
        className={styles.settingsProblem}
        message={outcome?.kind === 'problem' ? outcome.message : undefined}
      />
      {outcome?.kind === 'missing' ? (
        <div id={problemId} className={styles.settingsAsk} role="alert">
          <p>{outcome.message} Create it and use it as the library folder?</p>
          <div className={styles.settingsRow}>
            <button
              type="button"
              className={buttons.primary}
              disabled={busy}
              onClick={() => void chooseFolder(outcome.folder, true)}
            >
              Create the folder
            </button>
            <button type="button" className={buttons.quiet} onClick={() => setOutcome(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {outcome?.kind === 'done' ? (
        <p className={styles.settingsDone} role="status">
          The library now lists <code>{outcome.folder}</code>.{' '}
          <a href={hrefFor({ screen: 'home' })}>Back to the cohorts</a>
        </p>
      ) : null}
    </section>
  );
}
