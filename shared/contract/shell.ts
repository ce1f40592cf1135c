/**
 * The desktop shell's own messages, beside the host contract: files dropped on a window, and what
 * the native menu or the OS asks a view to do. Declared once here; the Electron main process
 * validates what it receives with these schemas, and views validate events like any other.
 */
import { z } from 'zod';
import type { RawTransport } from './bridge.ts';
import { CohortListingSchema } from './library.ts';

/** ipcRenderer.invoke channel: the console asks the shell to open files dropped on it. */
export const IPC_OPEN_FILES_CHANNEL = 'shell:open-files' as const;

/** What the preload sends on IPC_OPEN_FILES_CHANNEL: the dropped files' paths on disk. */
export const OpenFilesInputSchema = z
  .object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(32) })
  .strict();
export type OpenFilesInput = z.infer<typeof OpenFilesInputSchema>;

/** The answer (inside a Result): the cohorts now open, and each file that could not be, in words. */
export const OpenFilesOutputSchema = z.object({
  opened: z.array(CohortListingSchema),
  problems: z.array(z.object({ fileName: z.string(), problem: z.string() })),
});
export type OpenFilesOutput = z.infer<typeof OpenFilesOutputSchema>;

/** Things only the shell can start (a menu item, a file opened from the OS) that a view carries out. */
export const ShellActionSchema = z.enum(['new-cohort', 'show-shortcuts']);
export type ShellAction = z.infer<typeof ShellActionSchema>;

/**
 * Events the shell sends to the console window on the ordinary event channel. To reach views
 * through the typed client, shared/contract/events.ts spreads these into `events`.
 */
export const shellEvents = {
  /** The native menu asks the console to start something: "New cohort…", "Keyboard shortcuts". */
  'shell.action': z.object({ action: ShellActionSchema }),
  /** A cohort file was opened from the menu, a drop or the OS; the console shows it. */
  'shell.cohortOpened': z.object({ cohortId: z.string() }),
} as const satisfies Record<string, z.ZodType>;

/**
 * The `files` part of the preload API. `open` takes the File objects of a drop event; the preload
 * finds their paths (a sandboxed page cannot) and resolves with the raw Result of
 * IPC_OPEN_FILES_CHANNEL, to be parsed with OpenFilesOutputSchema.
 */
export interface ShellFilesApi {
  open(files: readonly File[]): Promise<unknown>;
}

/** Exactly what the Electron preload exposes at window[BRIDGE_GLOBAL]. */
export type PreloadApi = RawTransport & { files: ShellFilesApi };
