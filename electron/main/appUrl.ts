/**
 * Where the app's pages live and how to tell an app URL from anything else. Built pages are served
 * from out/renderer through the privileged app:// scheme (not file://, so that a page's origin is
 * its own and 'self' in the policy means the app only); in development they come from the Vite
 * dev server. Pure: no Electron here.
 */
import { isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'facilitator';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type WindowKind = 'console' | 'presenter';

const PAGE_OF: Record<WindowKind, string> = {
  console: 'index.html',
  presenter: 'presenter.html',
};

/** The origin pages come from: the dev server's while developing, else app://facilitator. */
export const appOriginFor = (devServerUrl: string | undefined): string =>
  devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

/** The page a window of this kind loads, under the given origin. */
export const pageUrl = (kind: WindowKind, appOrigin: string): string =>
  new URL(PAGE_OF[kind], `${appOrigin}/`).toString();

/**
 * True when `url` is one of ours: same scheme, host and port as `appOrigin`. Anything that does not
 * parse, and every other scheme (file:, data:, javascript:, http: elsewhere), is not.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  let parsed: URL;
  let origin: URL;
  try {
    parsed = new URL(url);
    origin = new URL(appOrigin);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  return (
    parsed.protocol === origin.protocol &&
    // Hostnames are case-insensitive (Node keeps the case of a non-special scheme's host).
    parsed.hostname.toLowerCase() === origin.hostname.toLowerCase() &&
    parsed.port === origin.port
  );
}

/**
 * The file under `rendererDir` an app:// request asks for, or null when the request is not for our
 * host or would leave the folder ("..", encoded separators, absolute paths). "/" is the console.
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || pathname === '' ? PAGE_OF.console : pathname.slice(1);
  const file = join(rendererDir, wanted);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return null;
  }
  return file;
}

/** Links a page may hand to the OS browser (never opened inside the app): https and mailto only. */
export function externalLinkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
