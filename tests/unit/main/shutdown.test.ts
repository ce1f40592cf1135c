import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from '../../../electron/main/shutdown.ts';

describe('createShutdown', () => {
  it('closes the core once, then quits, however many times quitting is asked for', async () => {
    const order: string[] = [];
    let finishClose: () => void = () => undefined;
    const close = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finishClose = () => {
            order.push('closed');
            resolve();
          };
        }),
    );
    const quit = vi.fn(() => order.push('quit'));
    const shutdown = createShutdown(close, quit);

    const first = shutdown.request('before-quit');
    const second = shutdown.request('SIGTERM');
    void shutdown.request('window closed');
    expect(close).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();
    expect(shutdown.done).toBe(false);

    finishClose();
    await Promise.all([first, second]);
    expect(order).toEqual(['closed', 'quit']);
    expect(quit).toHaveBeenCalledOnce();
    expect(shutdown.done).toBe(true);
  });

  it('still quits when closing fails, and says why', async () => {
    const log = vi.fn();
    const quit = vi.fn();
    const shutdown = createShutdown(() => Promise.reject(new Error('disk full')), quit, log);
    await shutdown.request('SIGTERM');
    expect(quit).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('closing failed: disk full');
  });
});
