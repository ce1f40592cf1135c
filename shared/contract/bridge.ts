/**
 * The one API a view has to the host. The renderer gets it from the Electron preload
 * (window.facilitator) or from the WebSocket client; it cannot tell which.
 */
import type { EventName, EventPayload } from './events.ts';
import type { RequestInput, RequestName, RequestOutput } from './requests.ts';
import type { Result } from './result.ts';

export interface Bridge {
  invoke<K extends RequestName>(name: K, input: RequestInput<K>): Promise<Result<RequestOutput<K>>>;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/**
 * What a transport moves: untyped on the wire, typed by the client that wraps it. The preload
 * exposes exactly this shape, so the validating client is the same for both hosts.
 */
export interface RawTransport {
  invoke(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'facilitator' as const;
export const IPC_INVOKE_CHANNEL = 'contract:invoke' as const;
export const IPC_EVENT_CHANNEL = 'contract:event' as const;
/** The preload hands main a dropped file's path on this channel and gets back a handle to open it. */
export const IPC_DROPPED_FILE_CHANNEL = 'shell:droppedFile' as const;
