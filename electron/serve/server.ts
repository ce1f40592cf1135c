/**
 * The browser host's transport: the built renderer over HTTP and the contract over a WebSocket.
 * Pages and WebSocket upgrades need a valid token in their address; every request must name this
 * host (DNS rebinding) and come from its own pages (cross-site WebSocket hijacking); the console
 * is served to the laptop itself only (electron/serve/access.ts). The app's scripts and styles are
 * served without a token: they are the same for everyone and carry no cohort data.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CoreHost } from '../core/host.ts';
import { browserHostPolicy } from '../core/security/contentSecurityPolicy.ts';
import { checkVisit, type AccessPolicy, type AccessVerdict } from './access.ts';
import { attachConnection, type ConnectionLimits } from './connection.ts';
import { PAGE_FILES, pageAt, REFUSAL_PAGE, RESUME_SCRIPT } from './pages.ts';
import { roleOf, type Tokens, type VisitorRole } from './tokens.ts';

export interface BrowserHostOptions {
  core: CoreHost;
  rendererFolder: string;
  tokens: Tokens;
  /** The address to listen on: 127.0.0.1, or 0.0.0.0 with --lan. */
  host: string;
  port: number;
  /** With --lan: the machine's network addresses, which visitors may name in the Host header. */
  lanAddresses?: readonly string[];
  /** How many WebSocket connections at once; the next is refused in words. */
  maxConnections?: number;
  /** False for the desktop app's network share: the console is never served, only the room's pages. */
  serveConsole?: boolean;
  limits?: Partial<ConnectionLimits>;
}

export interface BrowserHost {
  server: Server;
  port: number;
  /** The links to share: the console on this machine, the presenter on the network with --lan. */
  urls: { console: string; presenter: string; presenterOnNetwork: string[] };
  /** Where phones reach this host: its network addresses with --lan, none without. */
  joinBases: string[];
  /** Uses new tokens from now on and closes every connection made with the old ones. */
  useTokens(tokens: Tokens): void;
  close(): Promise<void>;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  maxBufferedBytes: 4 * 1024 * 1024,
  heartbeatMs: 10_000,
};
export const DEFAULT_MAX_CONNECTIONS = 100;
const CLOSE_STALE_AFTER_MS = 100;

const COMMON_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core } = options;
  let tokens = options.tokens;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const policy: AccessPolicy = { port: options.port, lanAddresses: options.lanAddresses ?? [] };
  /** Each open connection and the token it was opened with. */
  const opened = new Map<WebSocket, string>();

  // The build writes .br and .gz beside each file (electron.vite.config.ts): sent when accepted.
  const assets = sirv(options.rendererFolder, { dev: false, etag: true, brotli: true, gzip: true });

  const visit = (req: IncomingMessage, role: VisitorRole): AccessVerdict =>
    checkVisit(policy, {
      host: req.headers.host,
      origin: req.headers.origin,
      remoteAddress: req.socket.remoteAddress,
      role,
    });

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = pageAt(url.pathname);
    const tokenRole = roleOf(tokens, url.searchParams.get('token'));
    const verdict = visit(req, page ? (tokenRole ?? page) : 'presenter');
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);

    if (url.pathname === '/resume.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      return res.end(RESUME_SCRIPT);
    }
    if (page) {
      // The console page needs the console's token, the presenter page either; /join none.
      if (page === 'console' && options.serveConsole === false) return notFound(res);
      const allowed =
        page === 'participant' ||
        (page === 'console' ? tokenRole === 'console' : tokenRole !== null);
      if (!allowed) return unauthorised(res);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Security-Policy', browserHostPolicy([`http://${req.headers.host}`]));
      req.url = PAGE_FILES[page];
      return assets(req, res, () => notFound(res));
    }
    // Pages are served only through their routes above, with their token.
    if (url.pathname.endsWith('.html')) return notFound(res);
    assets(req, res, () => notFound(res));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/ws/participant') return upgradeParticipant(req, socket, head, url);
    const role = url.pathname === '/ws' ? roleOf(tokens, url.searchParams.get('token')) : null;
    if (!role || (role === 'console' && options.serveConsole === false))
      return endUpgrade(socket, 401, 'Unauthorized');
    const verdict = visit(req, role);
    if (!verdict.ok) return endUpgrade(socket, verdict.status, verdict.reason);
    if (sockets.clients.size >= maxConnections) {
      return endUpgrade(
        socket,
        503,
        `The Facilitator Console has ${maxConnections} connections already; close a tab and try again.`,
      );
    }
    const token = url.searchParams.get('token')!;
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      opened.set(ws, token);
      ws.once('close', () => opened.delete(ws));
      attachConnection(ws, core, { role }, limits);
    });
  });

  /**
   * A phone's connection: with the session's join code (to pick a name) or with the phone's own
   * token (to take part). Either is checked now; a token revoked later closes the connection.
   */
  function upgradeParticipant(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) {
    const verdict = visit(req, 'participant');
    if (!verdict.ok) return endUpgrade(socket, verdict.status, verdict.reason);
    const device = url.searchParams.get('device') ?? undefined;
    const code = url.searchParams.get('code') ?? undefined;
    const joins = core.services.joins;
    // Refused for good with a reason the phone shows, rather than a bare 401 it would retry.
    let refusal: string | undefined;
    if (device !== undefined && !joins.deviceOf(device))
      refusal = 'This phone is not in the session any more: open the join address again.';
    if (device === undefined) {
      try {
        joins.sessionOfCode((code ?? '').trim().toUpperCase());
      } catch {
        refusal = 'This join code is not open. Check the code on the room’s screen.';
      }
    }
    if (sockets.clients.size >= maxConnections)
      return endUpgrade(socket, 503, 'The room is full: no more phones can join right now.');
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      if (refusal !== undefined) return ws.close(4403, refusal);
      attachConnection(ws, core, { role: 'participant', deviceToken: device }, limits);
    });
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  policy.port = port;

  const loopback = `http://127.0.0.1:${port}`;
  const onNetwork = (options.lanAddresses ?? []).map(
    (address) => `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
  );
  const urls = () => ({
    console: `${loopback}/?token=${tokens.console}`,
    presenter: `${onNetwork[0] ?? loopback}/presenter?token=${tokens.presenter}`,
    presenterOnNetwork: onNetwork.map((base) => `${base}/presenter?token=${tokens.presenter}`),
  });

  return {
    server,
    port,
    get urls() {
      return urls();
    },
    joinBases: onNetwork,
    useTokens(next) {
      tokens = next;
      // Pages with the new links may load at once; connections made with the old ones close once
      // what is on its way to them (the answer to the renewal) has gone out.
      const stale = [...opened].filter(([, token]) => roleOf(next, token) === null);
      setTimeout(() => {
        for (const [ws] of stale) ws.close(4401, 'These links were replaced by new ones.');
      }, CLOSE_STALE_AFTER_MS);
    },
    async close() {
      for (const client of sockets.clients) client.close(1001, 'The host is shutting down.');
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  421: 'Misdirected Request',
  503: 'Service Unavailable',
};

function endUpgrade(socket: Duplex, status: number, reason: string) {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Refused'}\r\nConnection: close\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function refuse(res: ServerResponse, status: number, reason: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${reason}\n`);
}

function unauthorised(res: ServerResponse) {
  res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(REFUSAL_PAGE);
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found.\n');
}
