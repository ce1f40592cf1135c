/** The options of the shell's file dialogs. Pure. */
import type { OpenDialogOptions } from 'electron';

export const COHORT_FILTERS = [{ name: 'Cohort', extensions: ['cohort'] }];

export const openCohortDialogOptions = (libraryFolder: string): OpenDialogOptions => ({
  title: 'Open Cohort',
  buttonLabel: 'Open',
  defaultPath: libraryFolder,
  filters: COHORT_FILTERS,
  properties: ['openFile', 'multiSelections'],
});
