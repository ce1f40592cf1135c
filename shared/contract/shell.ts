/**
 * The desktop shell's own part of the contract: the `files` part of the preload API (so a dropped
 * file can be opened with the ordinary 'library.open' request), and the events the native menu or
 * the OS send to the console. Views validate these events like any other.
 */
import { z } from 'zod';
import type { RawTransport } from './bridge.ts';
import { CONSOLE } from './spec.ts';

/** What the console carries out when a menu item (or its key) asks: a new cohort, the sheet, the presenter. */
export const ShellActionSchema = z.enum(['new-cohort', 'show-shortcuts', 'show-presenter']);
export type ShellAction = z.infer<typeof ShellActionSchema>;

/**
 * A key pressed while the presenter window had the focus (a clicker after a click on the
 * projector's screen), described as KeyboardEvent does, so the console decides what it does with
 * the same code as for a key pressed in its own window.
 */
export const KeyPressSchema = z.object({
  key: z.string().min(1).max(40),
  shiftKey: z.boolean(),
  ctrlKey: z.boolean(),
  metaKey: z.boolean(),
  altKey: z.boolean(),
});
export type KeyPress = z.infer<typeof KeyPressSchema>;

/**
 * Events the Electron shell sends to the console window on the ordinary event channel. To reach
 * views through the typed client, shared/contract/events.ts spreads these into `events`.
 */
export const shellEvents = {
  /** The native menu asks the console to start something: "New Cohort…", "Keyboard Shortcuts". */
  'shell.action': { schema: z.object({ action: ShellActionSchema }), audience: CONSOLE },
  /** A key pressed in the presenter window that is one of the console's: the console acts on it. */
  'shell.key': { schema: KeyPressSchema, audience: CONSOLE },
  /** A cohort file was opened from the menu or the OS; the console shows it. */
  'shell.cohortOpened': { schema: z.object({ cohortId: z.string() }), audience: CONSOLE },
} as const;
export type ShellEventName = keyof typeof shellEvents;

/**
 * The `files` part of the Electron preload API. A sandboxed page cannot see where a dropped File
 * lives; `handleOf` asks the preload (webUtils.getPathForFile), which hands the path to main and
 * gives the page a one-use handle to send with 'library.open'. The page never holds the path.
 * The browser host has no such part: there, dropping files is not offered.
 */
export interface ShellFilesApi {
  /** A one-use handle for `library.open`, or '' when the File is not a file on disk. */
  handleOf(file: File): Promise<string>;
}

/** Exactly what the Electron preload exposes at window[BRIDGE_GLOBAL]. */
export type PreloadApi = RawTransport & { files: ShellFilesApi };
