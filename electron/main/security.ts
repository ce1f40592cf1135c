/**
 * Locks the session and every web contents down: app pages come only from out/renderer through
 * app://, every response of ours carries the Content-Security-Policy header, permissions are
 * refused, and no page can navigate away, open a window or attach a webview.
 */
import { pathToFileURL } from 'node:url';
import { app, net, protocol, session, shell, type WebContents } from 'electron';
import {
  DEV_CONTENT_SECURITY_POLICY,
  ELECTRON_PAGE_POLICY,
  withCspHeader,
} from '../core/security/contentSecurityPolicy.ts';
import { APP_SCHEME, externalLinkTarget, isAppUrl, resolveAppAsset } from './appUrl.ts';
import { isPermissionAllowed } from './permissions.ts';

/** Must run before the app is ready: app:// behaves like https (own origin, fetch, secure). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export interface SessionSecurityOptions {
  appOrigin: string;
  rendererDir: string;
  /** True while pages come from the Vite dev server. */
  dev: boolean;
  log: (message: string) => void;
}

/** Serves out/renderer on app:// and hardens the default session. Call once the app is ready. */
export function secureSession({ appOrigin, rendererDir, dev, log }: SessionSecurityOptions): void {
  // The dev server's hot reload needs its WebSocket; a built app connects to nothing.
  const policy = dev ? DEV_CONTENT_SECURITY_POLICY : ELECTRON_PAGE_POLICY;
  const ses = session.defaultSession;

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });

  // The same policy as a header on every page of ours that comes over HTTP(S) or file: (the dev
  // server); app:// responses already carry it from the handler above.
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, appOrigin)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, appOrigin);
    if (!allowed) log(`refused permission '${permission}' for ${details.requestingUrl}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, appOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
}

/** Applied to every web contents the app creates, whatever created it. */
export function hardenWebContents(
  contents: WebContents,
  appOrigin: string,
  log: (m: string) => void,
) {
  const refuse = (what: string, url: string, prevent: () => void) => {
    if (isAppUrl(url, appOrigin)) return;
    prevent();
    log(`refused ${what} to ${url}`);
  };
  contents.on('will-navigate', (event) =>
    refuse('navigation', event.url, () => event.preventDefault()),
  );
  contents.on('will-frame-navigate', (event) =>
    refuse('frame navigation', event.url, () => event.preventDefault()),
  );
  contents.on('will-redirect', (event) =>
    refuse('redirect', event.url, () => event.preventDefault()),
  );
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('refused a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    // No new windows, ever. An https: or mailto: link goes to the OS instead.
    const external = externalLinkTarget(url);
    if (external) void shell.openExternal(external);
    else log(`refused to open a window for ${url}`);
    return { action: 'deny' };
  });
}

/** Hardens every web contents as it is created (defence in depth beyond our two windows). */
export function hardenAllWebContents(appOrigin: string, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, log));
}
