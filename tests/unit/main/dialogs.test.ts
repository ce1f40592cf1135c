/** The shell's native dialogs: their options, what their answers mean, and showing the folder. */
import { describe, expect, it } from 'vitest';
import {
  chosenPathOf,
  choosePathDialog,
  openCohortDialogOptions,
} from '../../../electron/main/dialogs.ts';
import { showLibraryFolderDecision } from '../../../electron/main/showFolder.ts';

describe('choosing a place in a native dialog', () => {
  it('saves a copy with a save dialog for .cohort files, starting at the suggested file', () => {
    expect(choosePathDialog('save-copy', '/Users/ana/Cohorts/Circle copy.cohort')).toEqual({
      kind: 'save',
      options: {
        title: 'Save a Copy Elsewhere',
        buttonLabel: 'Save Copy',
        defaultPath: '/Users/ana/Cohorts/Circle copy.cohort',
        filters: [{ name: 'Cohort', extensions: ['cohort'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    });
  });

  it('chooses the library folder with an open dialog for one folder, which it may create', () => {
    const dialog = choosePathDialog('library-folder', '/Users/ana/Cohorts');
    expect(dialog).toEqual({
      kind: 'open',
      options: {
        title: 'Choose the Library Folder',
        buttonLabel: 'Use This Folder',
        defaultPath: '/Users/ana/Cohorts',
        properties: ['openDirectory', 'createDirectory'],
      },
    });
    expect(dialog.options.properties).not.toContain('multiSelections');
    expect(dialog.options.properties).not.toContain('openFile');
  });

  it('File › Open still opens several cohort files from the library folder', () => {
    expect(openCohortDialogOptions('/lib')).toMatchObject({
      defaultPath: '/lib',
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('reads one path from an answer, nothing from a cancelled or empty one', () => {
    expect(chosenPathOf({ canceled: false, filePath: '/a/Copy.cohort' })).toBe('/a/Copy.cohort');
    expect(chosenPathOf({ canceled: false, filePaths: ['/a/Folder'] })).toBe('/a/Folder');
    expect(chosenPathOf({ canceled: true, filePath: '/a/Copy.cohort' })).toBeUndefined();
    expect(chosenPathOf({ canceled: true, filePaths: ['/a/Folder'] })).toBeUndefined();
    expect(chosenPathOf({ canceled: false, filePath: '' })).toBeUndefined();
    expect(chosenPathOf({ canceled: false, filePaths: [] })).toBeUndefined();
  });
});

describe('Show Library Folder', () => {
  it('opens a plain folder and skips anything else, saying why', () => {
    expect(showLibraryFolderDecision('/Users/ana/Cohorts', true)).toEqual({
      open: '/Users/ana/Cohorts',
    });
    expect(showLibraryFolderDecision('/Users/ana/Cohorts', false)).toEqual({
      skip: expect.stringContaining('/Users/ana/Cohorts is not shown'),
    });
  });
});
