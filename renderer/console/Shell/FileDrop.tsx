/**
 * Dropping .cohort files onto the console opens them. Only the desktop app can tell where a dropped
 * file lives, so in a browser the drop zone is not offered.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useHandleOfFile } from '../../bridge/ConnectionContext.tsx';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { navigate } from './route.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './shell.module.css';

export function FileDrop({ children }: { children: ReactNode }) {
  const openFile = useCommand('library.open').run;
  const handleOfFile = useHandleOfFile();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string>();

  if (!handleOfFile) return <>{children}</>;

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    const problems: string[] = [];
    let lastOpened: string | undefined;
    for (const file of files) {
      if (!file.name.toLowerCase().endsWith('.cohort')) {
        problems.push(`${file.name} is not a .cohort file.`);
        continue;
      }
      const handle = await handleOfFile(file);
      const result = handle ? await openFile({ handle }) : undefined;
      if (!result) problems.push(`${file.name} is not a file on this computer.`);
      else if (!result.ok) problems.push(`${file.name}: ${result.error.message}`);
      else lastOpened = result.value.id;
    }
    setProblem(problems.length ? problems.join(' ') : undefined);
    if (lastOpened) navigate({ screen: 'cohort', cohortId: lastOpened });
  };

  return (
    <div
      className={styles.fileDrop}
      data-over={over || undefined}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => void drop(event)}
    >
      {children}
      {over ? (
        <div className={styles.fileDropOverlay} aria-hidden="true">
          Drop a .cohort file to open it
        </div>
      ) : null}
      <ErrorLine message={problem} className={styles.fileDropProblem}>
        <button
          type="button"
          className={buttons.icon}
          aria-label="Dismiss"
          onClick={() => setProblem(undefined)}
        >
          <X size={15} />
        </button>
      </ErrorLine>
    </div>
  );
}
