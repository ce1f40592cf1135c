/**
 * The options of the shell's file dialogs, and what their answers mean. Pure: index.ts hands these
 * to Electron's dialog module, so what the facilitator sees is tested without Electron.
 */
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions } from 'electron';
import type { PathPurpose } from '../../shared/contract/index.ts';

export const COHORT_FILTERS = [{ name: 'Cohort', extensions: ['cohort'] }];

export const openCohortDialogOptions = (libraryFolder: string): OpenDialogOptions => ({
  title: 'Open Cohort',
  buttonLabel: 'Open',
  defaultPath: libraryFolder,
  filters: COHORT_FILTERS,
  properties: ['openFile', 'multiSelections'],
});

/** "Save a copy elsewhere": a new .cohort file, starting at "<library>/<name> copy.cohort". */
export const saveCopyDialogOptions = (suggestedPath: string): SaveDialogOptions => ({
  title: 'Save a Copy Elsewhere',
  buttonLabel: 'Save Copy',
  defaultPath: suggestedPath,
  filters: COHORT_FILTERS,
  properties: ['createDirectory', 'showOverwriteConfirmation'],
});

/** Settings › Library folder: one folder, which may be made in the dialog. */
export const libraryFolderDialogOptions = (currentFolder: string): OpenDialogOptions => ({
  title: 'Choose the Library Folder',
  buttonLabel: 'Use This Folder',
  defaultPath: currentFolder,
  properties: ['openDirectory', 'createDirectory'],
});

/** The native dialog for a purpose: a save dialog for a copy, an open dialog for the folder. */
export type ChoosePathDialog =
  { kind: 'save'; options: SaveDialogOptions } | { kind: 'open'; options: OpenDialogOptions };

export const choosePathDialog = (purpose: PathPurpose, defaultPath: string): ChoosePathDialog =>
  purpose === 'save-copy'
    ? { kind: 'save', options: saveCopyDialogOptions(defaultPath) }
    : { kind: 'open', options: libraryFolderDialogOptions(defaultPath) };

/** The one path a dialog answered, or undefined when it was cancelled or answered nothing. */
export const chosenPathOf = (
  answer:
    | Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>
    | { canceled: boolean; filePath?: string | undefined },
): string | undefined => {
  if (answer.canceled) return undefined;
  const path = 'filePaths' in answer ? answer.filePaths[0] : answer.filePath;
  return path ? path : undefined;
};
