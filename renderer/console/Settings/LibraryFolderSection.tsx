/**
 * The library folder: which folder this window lists and why (`--data`, the saved setting or the
 * default), and changing it by typing a path. A missing folder is created only when the facilitator
 * says so; a file, or a folder the app may not use, is refused in words.
 */
import { useId, useState, type FormEvent } from 'react';
import type { LibraryFolderInfo } from '../../../shared/contract/index.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { hrefFor } from '../Shell/route.ts';
import { ABSOLUTE_HINT, errorWords, isAbsolutePath } from './pathWords.ts';

const SOURCE_LABEL: Record<LibraryFolderInfo['source'], string> = {
  'command-line': 'Given with --data',
  saved: 'Saved in the settings',
  default: 'The default folder',
};

function WhyThisFolder({ info }: { info: LibraryFolderInfo }) {
  if (info.source === 'command-line')
    return (
      <p className="settings__text">
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
      <p className="settings__text">
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
    <p className="settings__text">
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
  const busy = setFolder.busy;
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
    <section className="settings__panel" aria-labelledby="library-folder-heading">
      <h2 id="library-folder-heading" className="settings__heading">
        Library folder
      </h2>
      <p className="settings__text">
        The home screen lists every <code>.cohort</code> file in this folder, and the files you
        opened from elsewhere.
      </p>
      <div className="settings__current" role="group" aria-label="Library folder in use">
        <code className="settings__path">{info.folder}</code>
        <span className="settings__badge">{SOURCE_LABEL[info.source]}</span>
      </div>
      <WhyThisFolder info={info} />

      <form className="settings__form" onSubmit={submit}>
        <label className="field" htmlFor={fieldId}>
          Use another folder
        </label>
        <div className="settings__row">
          <input
            id={fieldId}
            className="settings__input"
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
            className="button button--primary"
            disabled={readOnly || busy || !trimmed}
          >
            Use this folder
          </button>
        </div>
        <p className="settings__hint">
          Type the full path of a folder, {ABSOLUTE_HINT}. Cohort files already in the old folder
          stay where they are.
        </p>
      </form>

      <ErrorLine
        id={problemId}
        className="settings__problem"
        message={outcome?.kind === 'problem' ? outcome.message : undefined}
      />
      {outcome?.kind === 'missing' ? (
        <div id={problemId} className="settings__ask" role="alert">
          <p>{outcome.message} Create it and use it as the library folder?</p>
          <div className="settings__row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void chooseFolder(outcome.folder, true)}
            >
              Create the folder
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setOutcome(undefined)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {outcome?.kind === 'done' ? (
        <p className="settings__done" role="status">
          The library now lists <code>{outcome.folder}</code>.{' '}
          <a href={hrefFor({ screen: 'home' })}>Back to the cohorts</a>
        </p>
      ) : null}
    </section>
  );
}
