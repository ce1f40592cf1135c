/**
 * Quitting without losing a keystroke: the first request to quit (window closed, before-quit,
 * SIGTERM, SIGINT) closes the core once, which flushes every pending write; only then does the app
 * really quit. Later requests wait for the same close. Pure: close and quit are passed in.
 */
export interface Shutdown {
  /** Starts closing (once) and quits when done; resolves after quit was called. */
  request(reason: string): Promise<void>;
  /** True once the core is closed and quitting may go ahead. */
  readonly done: boolean;
}

export function createShutdown(
  close: () => Promise<void>,
  quit: () => void,
  log: (message: string) => void = () => undefined,
): Shutdown {
  let running: Promise<void> | undefined;
  let done = false;
  return {
    request(reason) {
      running ??= (async () => {
        log(`closing (${reason}): writing pending changes`);
        try {
          await close();
        } catch (error) {
          log(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        done = true;
        quit();
      })();
      return running;
    },
    get done() {
      return done;
    },
  };
}
