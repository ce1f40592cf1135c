/**
 * Runs the built preload as Electron would in a sandboxed renderer, with a stand-in 'electron'
 * module, and checks what it exposes: exactly the RawTransport shape plus the declared `files`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_GLOBAL,
  IPC_DROPPED_FILE_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
} from '../../../shared/contract/bridge.ts';
import type { PreloadApi } from '../../../shared/contract/shell.ts';
import { ensureBuilt, OUT } from './support/built.ts';

type Relay = (event: unknown, ...args: unknown[]) => void;

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Relay>>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, value: args })),
      on: (channel: string, relay: Relay) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(relay);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, relay: Relay) => listeners.get(channel)?.delete(relay),
    },
    webUtils: {
      getPathForFile: (file: { path?: string }) => {
        if (!file || typeof file !== 'object') throw new TypeError('not a File');
        return file.path ?? '';
      },
    },
  };
  const module = { exports: {} };
  const code = readFileSync(join(OUT, 'preload', 'index.cjs'), 'utf8');
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require '${name}'`);
    },
  });
  const emit = (name: unknown, payload: unknown) => {
    for (const relay of listeners.get(IPC_EVENT_CHANNEL) ?? []) relay({}, name, payload);
  };
  return { exposed, electron, required, listeners, emit };
}

describe('the built preload', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('is one CommonJS file that requires nothing but electron', () => {
    const { required } = loadPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it(`exposes one API at window.${BRIDGE_GLOBAL}: invoke, subscribe and files`, () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const api = exposed.get(BRIDGE_GLOBAL) as PreloadApi;
    expect(Object.keys(api).sort()).toEqual(['files', 'invoke', 'subscribe']);
    expect(Object.keys(api.files)).toEqual(['handleOf']);
  });

  it('sends requests on the contract channel', async () => {
    const { exposed, electron } = loadPreload();
    const api = exposed.get(BRIDGE_GLOBAL) as PreloadApi;
    await api.invoke('app.info', {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'app.info', {});
  });

  it('relays events until unsubscribed, dropping nameless ones', () => {
    const { exposed, emit, listeners } = loadPreload();
    const api = exposed.get(BRIDGE_GLOBAL) as PreloadApi;
    const heard: unknown[] = [];
    const unsubscribe = api.subscribe((name, payload) => heard.push([name, payload]));
    emit('cohort.changed', { cohortId: 'x' });
    emit(42, 'ignored');
    unsubscribe();
    emit('cohort.changed', { cohortId: 'y' });
    expect(heard).toEqual([['cohort.changed', { cohortId: 'x' }]]);
    expect(listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(0);
  });

  it('hands a dropped file’s path to main and gives the page only its handle', async () => {
    const { exposed, electron } = loadPreload();
    const api = exposed.get(BRIDGE_GLOBAL) as PreloadApi;
    electron.ipcRenderer.invoke.mockResolvedValueOnce('handle-1' as never);
    expect(await api.files.handleOf({ path: '/home/sam/Leads.cohort' } as unknown as File)).toBe(
      'handle-1',
    );
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      IPC_DROPPED_FILE_CHANNEL,
      '/home/sam/Leads.cohort',
    );
    const calls = electron.ipcRenderer.invoke.mock.calls.length;
    expect(await api.files.handleOf(null as unknown as File)).toBe('');
    expect(electron.ipcRenderer.invoke.mock.calls.length).toBe(calls);
  });
});
