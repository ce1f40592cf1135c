/**
 * "Open a cohort file…" in the browser host: a browser cannot tell where a picked file lives, so
 * the facilitator types its path and the host opens it where it is. The desktop app has the native
 * File › Open Cohort… dialog instead, so the button is not offered there.
 */
import { useId, useState } from 'react';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ABSOLUTE_HINT, errorWords, isAbsolutePath } from '../Settings/pathWords.ts';
import { navigate } from '../Shell/route.ts';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';

function OpenCohortDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const bridge = useBridge();
  const errorId = useId();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const trimmed = path.trim();

  const close = () => {
    setPath('');
    setError(undefined);
    onClose();
  };

  const openFile = async () => {
    if (!isAbsolutePath(trimmed)) {
      setError(`Give the full path of the file, ${ABSOLUTE_HINT}.`);
      return;
    }
    if (!trimmed.toLowerCase().endsWith('.cohort')) {
      setError('Only cohort files can be opened: the path must end in .cohort.');
      return;
    }
    setBusy(true);
    const result = await bridge.invoke('library.open', { path: trimmed });
    setBusy(false);
    if (!result.ok) {
      setError(errorWords(result.error));
      return;
    }
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
            setError(undefined);
          }}
        />
        {error ? (
          <span id={errorId} className={fields.error} role="alert">
            {error}
          </span>
        ) : null}
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
