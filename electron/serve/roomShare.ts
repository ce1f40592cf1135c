/**
 * The desktop app's share of a session on the network, started when the facilitator lets
 * participants join: the browser host's own HTTP and WebSocket server, on this machine's network
 * addresses, serving the participants' page and the presenter (with a token of its own) and never
 * the console, which stays in the app's window.
 */
import { randomBytes } from 'node:crypto';
import type { CoreHost } from '../core/host.ts';
import { lanAddresses } from './lanAddresses.ts';
import { startBrowserHost } from './server.ts';

export interface RoomShare {
  /** The addresses phones open, before `/join`; none when the machine is on no network. */
  bases: string[];
  port: number;
  close(): Promise<void>;
}

const unusable = () => randomBytes(32).toString('base64url');

export async function startRoomShare(options: {
  core: CoreHost;
  rendererFolder: string;
  port?: number;
}): Promise<RoomShare> {
  const host = await startBrowserHost({
    core: options.core,
    rendererFolder: options.rendererFolder,
    // The console's token is made here and handed to no one; the console is not served anyway.
    tokens: { console: unusable(), presenter: unusable() },
    host: '0.0.0.0',
    lanAddresses: lanAddresses(),
    port: options.port ?? 0,
    serveConsole: false,
  });
  return { bases: host.joinBases, port: host.port, close: () => host.close() };
}
