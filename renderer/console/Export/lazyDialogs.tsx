/**
 * The export dialogs, fetched when the facilitator opens one: they carry the previews and the
 * formats' words, which the console's first load does without.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const ExportDialogPart = lazy(() =>
  import('./ExportDialog.tsx').then((module) => ({ default: module.ExportDialog })),
);
const CohortExportDialogPart = lazy(() =>
  import('./CohortExportDialog.tsx').then((module) => ({ default: module.CohortExportDialog })),
);

export function ExportDialog(props: ComponentProps<typeof ExportDialogPart>) {
  return (
    <Suspense fallback={null}>
      <ExportDialogPart {...props} />
    </Suspense>
  );
}

export function CohortExportDialog(props: ComponentProps<typeof CohortExportDialogPart>) {
  return (
    <Suspense fallback={null}>
      <CohortExportDialogPart {...props} />
    </Suspense>
  );
}
