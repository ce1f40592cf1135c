/**
 * The browser host's transport: the built renderer over HTTP and the contract over a WebSocket.
 * Every HTTP request and WebSocket upgrade needs a valid token, from the URL or from the cookie
 * the first page load sets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CoreHost } from '../core/host.ts';
import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy.ts';
import { attachConnection } from './connection.ts';
import { cookieName, roleOf, rolesFromCookies, type Role, type Tokens } from './tokens.ts';

export interface BrowserHostOptions {
  core: CoreHost;
  rendererFolder: string;
  tokens: Tokens;
  host: string;
  port: number;
}

export interface BrowserHost {
  server: Server;
  port: number;
  urls: { console: string; presenter: string };
  close(): Promise<void>;
}

const PAGE_FOR_ROLE: Record<Role, string> = {
  console: '/index.html',
  presenter: '/presenter.html',
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core, tokens } = options;
  const assets = sirv(options.rendererFolder, {
    dev: false,
    etag: true,
    gzip: false,
    setHeaders: (res, pathname) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (pathname.endsWith('.html')) {
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      }
    },
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pageRole =
      url.pathname === '/presenter' || url.pathname === '/presenter.html' ? 'presenter' : 'console';
    const isPage =
      url.pathname === '/' || url.pathname === '/index.html' || pageRole === 'presenter';
    const tokenRole = roleOf(tokens, url.searchParams.get('token'));

    if (isPage) {
      // The console page needs the console's token; the presenter page opens with either.
      const roles = tokenRole ? [tokenRole] : rolesFromCookies(tokens, req.headers.cookie);
      const allowed = pageRole === 'console' ? roles.includes('console') : roles.length > 0;
      if (!allowed) return unauthorized(res);
      if (tokenRole) {
        res.setHeader(
          'Set-Cookie',
          `${cookieName(tokenRole)}=${url.searchParams.get('token')}; Path=/; HttpOnly; SameSite=Strict`,
        );
      }
      req.url = PAGE_FOR_ROLE[pageRole];
      return assets(req, res, () => notFound(res));
    }

    if (!tokenRole && rolesFromCookies(tokens, req.headers.cookie).length === 0) {
      return unauthorized(res);
    }
    assets(req, res, () => notFound(res));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const role = url.pathname === '/ws' ? roleOf(tokens, url.searchParams.get('token')) : null;
    if (!role) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      attachConnection(ws, core, { role });
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  const base = `http://${shownHost}:${port}`;

  return {
    server,
    port,
    urls: {
      console: `${base}/?token=${tokens.console}`,
      presenter: `${base}/presenter?token=${tokens.presenter}`,
    },
    async close() {
      for (const client of sockets.clients) client.close(1001, 'The host is shutting down.');
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}

function unauthorized(res: ServerResponse) {
  res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('This address needs the token printed by the Facilitator Console when it started.\n');
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found.\n');
}
