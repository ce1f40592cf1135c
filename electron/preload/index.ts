/**
 * The preload: exposes the host contract's raw transport (RawTransport) and the shell's `files`
 * part (shared/contract/shell.ts) at window.facilitator, and nothing else. It runs sandboxed, so
 * it is bundled into one CommonJS file that requires only 'electron'.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_DROPPED_FILE_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
} from '../../shared/contract/bridge.ts';
import type { PreloadApi } from '../../shared/contract/shell.ts';

const api: PreloadApi = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input),

  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (typeof name === 'string') listener(name, payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },

  files: {
    // The page never holds the path: main keeps it and answers a handle for library.open.
    async handleOf(file) {
      let path = '';
      try {
        path = webUtils.getPathForFile(file);
      } catch {
        // Not a File at all.
      }
      if (!path) return '';
      const handle: unknown = await ipcRenderer.invoke(IPC_DROPPED_FILE_CHANNEL, path);
      return typeof handle === 'string' ? handle : '';
    },
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
