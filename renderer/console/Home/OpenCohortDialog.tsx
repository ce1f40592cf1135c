/**
 * "Open a cohort file…" in the browser host: a browser cannot tell where a picked file lives, so
 * the facilitator types its path and the host opens it where it is. The desktop app has the native
 * File › Open Cohort… dialog instead, so the button is not offered there.
 */
import { useId, useState } from 'react';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { ABSOLUTE_HINT, errorWords, isAbsolutePath } from '../Settings/pathWords.ts';
import { navigate } from '../Shell/route.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';

function OpenCohortDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const openCohort = useCommand('library.open');
  const busy = openCohort.busy;
  const errorId = useId();
  const [path, setPath] = useState('');
  const [pathProblem, setPathProblem] = useState<string>();
  const trimmed = path.trim();
  const error = pathProblem ?? (openCohort.error && errorWords(openCohort.error));
  const clearError = () => {
    setPathProblem(undefined);
    openCohort.reset();
  };

  const close = () => {
    setPath('');
    clearError();
    onClose();
  };

  const openFile = async () => {
    if (!isAbsolutePath(trimmed)) {
      setPathProblem(`Give the full path of the file, ${ABSOLUTE_HINT}.`);
      return;
    }
    if (!trimmed.toLowerCase().endsWith('.cohort')) {
      setPathProblem('Only cohort files can be opened: the path must end in .cohort.');
      return;
    }
    const result = await openCohort.run({ path: trimmed });
    if (!result.ok) return;
    close();
    // A damaged file stays on the home screen, where its card says what is wrong.
    if (result.value.status === 'ok') navigate({ screen: 'cohort', cohortId: result.value.id });
  };

  return (
    <Dialog
      open={open}
      title="Open a cohort file"
      lead="Type the full path of a .cohort file anywhere on this computer. It stays where it is and is saved there; the home screen lists it and remembers it under Recently opened."
      onClose={close}
      onSubmit={() => void openFile()}
      submitLabel="Open"
      submitDisabled={busy || !trimmed}
    >
      <label className={fields.field}>
        Path of the .cohort file
        <input
          autoFocus
          value={path}
          spellCheck={false}
          autoComplete="off"
          placeholder="/Users/you/Shared/Leadership circle.cohort"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setPath(event.target.value);
            clearError();
          }}
        />
        <ErrorLine id={errorId} message={error} inline />
      </label>
    </Dialog>
  );
}

export function OpenCohortButton() {
  const app = useAppInfo();
  const [open, setOpen] = useState(false);
  if (app?.host !== 'browser' || app.readOnly) return null;
  return (
    <>
      <button type="button" className={buttons.button} onClick={() => setOpen(true)}>
        Open a cohort file…
      </button>
      <OpenCohortDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
