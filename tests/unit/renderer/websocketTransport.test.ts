/**
 * The browser host's transport against a stand-in WebSocket: refused at once while down (nothing
 * kept to send later), reconnecting with growing waits, answered requests, a silent connection
 * dropped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWebSocketTransport,
  OFFLINE_MESSAGE,
  REQUEST_TIMEOUT_MS,
} from '../../../renderer/bridge/websocketTransport.ts';

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static made: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: { id: number; name: string }[] = [];
  readonly #listeners = new Map<string, ((event: { data?: string }) => void)[]>();
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSocket.made.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text) as { id: number; name: string });
  }
  close() {
    this.drop();
  }
  emit(type: string, event: { data?: string } = {}) {
    for (const listener of this.#listeners.get(type) ?? []) listener(event);
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.emit('open');
  }
  drop() {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.emit('close');
  }
  answer(id: number, value: unknown) {
    this.emit('message', {
      data: JSON.stringify({ type: 'result', id, result: { ok: true, value } }),
    });
  }
}

const latest = () => FakeSocket.made.at(-1)!;

beforeEach(() => {
  FakeSocket.made = [];
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the WebSocket transport', () => {
  it('answers requests over an open connection', async () => {
    const transport = createWebSocketTransport('ws://host/ws');
    expect(transport.state()).toBe('connecting');
    latest().open();
    expect(transport.state()).toBe('open');
    const answer = transport.invoke('app.clock', {});
    const [frame] = latest().sent;
    expect(frame).toMatchObject({ type: 'invoke', name: 'app.clock' });
    latest().answer(frame!.id, { now: 42 });
    expect(await answer).toEqual({ ok: true, value: { now: 42 } });
  });

  it('refuses a request at once while the connection is down, and never sends it later', async () => {
    const transport = createWebSocketTransport('ws://host/ws');
    latest().open();
    latest().drop();
    expect(transport.state()).toBe('closed');
    const refused = await transport.invoke('live.command', { command: { type: 'queue.next' } });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disconnected', message: OFFLINE_MESSAGE },
    });
    await vi.advanceTimersByTimeAsync(5000);
    latest().open();
    expect(transport.state()).toBe('open');
    expect(FakeSocket.made.flatMap((socket) => socket.sent)).toEqual([]);
  });

  it('answers requests in flight when the connection drops', async () => {
    const transport = createWebSocketTransport('ws://host/ws');
    latest().open();
    const answer = transport.invoke('room.view', {});
    latest().drop();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });

  it('tries again with growing waits, stays closed meanwhile, and starts over once open', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const states: string[] = [];
    const transport = createWebSocketTransport('ws://host/ws');
    transport.onStateChange((state) => states.push(state));
    latest().open();
    latest().drop();
    // Each failed attempt waits twice as long as the one before: 250, 500, 1000 ms.
    for (const wait of [250, 500, 1000]) {
      const before = FakeSocket.made.length;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(FakeSocket.made).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(FakeSocket.made).toHaveLength(before + 1);
      latest().drop();
    }
    expect(transport.state()).toBe('closed');
    await vi.advanceTimersByTimeAsync(2000);
    latest().open();
    expect(states).toEqual(['open', 'closed', 'open']);
    // A success resets the waits: the next drop is retried after the first wait again.
    latest().drop();
    const before = FakeSocket.made.length;
    await vi.advanceTimersByTimeAsync(250);
    expect(FakeSocket.made).toHaveLength(before + 1);
    random.mockRestore();
  });

  it('drops a connection that takes a request and never answers, and reconnects', async () => {
    const transport = createWebSocketTransport('ws://host/ws');
    latest().open();
    const silent = latest();
    const answer = transport.invoke('app.clock', {});
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    expect(transport.state()).toBe('closed');
    expect(silent.readyState).toBe(FakeSocket.CLOSED);
    await vi.advanceTimersByTimeAsync(250);
    expect(latest()).not.toBe(silent);
    latest().open();
    expect(transport.state()).toBe('open');
  });
});
