/**
 * "Import a cohort file…": a .cohort file someone sent (or exported elsewhere) becomes a new cohort
 * of this library, in a file of its own; the original file is left where it was. Unlike "Open a
 * cohort file…", the cohort is then kept in the library folder.
 */
import { useRef, useState } from 'react';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { navigate } from '../Shell/route.ts';
import buttons from '../../ui/Button/Button.module.css';

export function ImportCohortButton() {
  const app = useAppInfo();
  const importCohort = useCommand('library.import');
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  if (!app || app.readOnly) return null;

  const bring = async (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    const result = await importCohort.run({ text: await file.text() });
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setProblem(`${file.name}: ${result.error.message}`);
      return;
    }
    if (result.value.status === 'ok') navigate({ screen: 'cohort', cohortId: result.value.id });
  };

  return (
    <>
      <button
        type="button"
        className={buttons.button}
        disabled={importCohort.busy}
        onClick={() => input.current?.click()}
      >
        Import a cohort file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".cohort,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => void bring(event.target.files?.[0])}
      />
      <ErrorLine message={problem} inline />
    </>
  );
}
