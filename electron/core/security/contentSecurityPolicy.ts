/**
 * The one Content-Security-Policy of every app page, written once. It is sent three ways: as a
 * <meta> in renderer/index.html and renderer/presenter.html (checked by the build), as a response
 * header by the Electron shell, and (for the browser host) as an HTTP header.
 *
 * - style-src allows inline styles: framer-motion animates through the style attribute.
 * - connect-src allows ws: and wss: for the browser host's WebSocket transport.
 * - form-action 'none': no page ever submits a form to anywhere.
 * - frame-ancestors is left out: it is ignored in a <meta>; the hosts add it to their header.
 *
 * A page obeys every policy it is given, so the header narrows the <meta>: the Electron pages
 * connect to nothing (they talk over IPC), the browser host's pages to the host's own WebSocket.
 */
const STRICT_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'", 'ws:', 'wss:']],
  ['media-src', ["'self'", 'data:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

const serialise = (directives: typeof STRICT_DIRECTIVES) =>
  directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy of every built page. */
export const CONTENT_SECURITY_POLICY = serialise(STRICT_DIRECTIVES);

/** The strict directives with one directive's sources replaced, and no framing by anyone. */
const narrowed = (name: string, sources: readonly string[]) =>
  serialise([
    ...STRICT_DIRECTIVES.map(([directive, current]) =>
      directive === name ? ([directive, sources] as const) : ([directive, current] as const),
    ),
    ['frame-ancestors', ["'none'"]],
  ]);

/** The header of the Electron app's pages: no network connections at all. */
export const ELECTRON_PAGE_POLICY = narrowed('connect-src', ["'none'"]);

/** The header of the browser host's pages: its own origin and WebSocket, nothing else. */
export const browserHostPolicy = (origins: readonly string[]): string =>
  narrowed('connect-src', [
    "'self'",
    ...origins.flatMap((origin) => [origin, origin.replace(/^http/, 'ws')]),
  ]);

/**
 * The policy while the Vite dev server serves the pages: @vitejs/plugin-react injects an inline
 * module script (the Fast Refresh preamble), so scripts may also be inline. Never used in a build.
 */
export const DEV_CONTENT_SECURITY_POLICY = serialise(
  STRICT_DIRECTIVES.map(([name, sources]) =>
    name === 'script-src' ? [name, [...sources, "'unsafe-inline'"]] : [name, sources],
  ),
);

/** The <meta> tag carrying a policy, as it appears in the HTML entries. */
export const cspMetaTag = (policy: string = CONTENT_SECURITY_POLICY): string =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Matches a CSP <meta> tag in an HTML document; group 2 is the policy. */
export const CSP_META_PATTERN =
  /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1\s*\/?>/i;

/** The policy a page's <meta> declares, or undefined if it has none. */
export const cspOfHtml = (html: string): string | undefined => CSP_META_PATTERN.exec(html)?.[2];

/**
 * Response headers with the policy set (any policy header already there, in whatever letter case,
 * is replaced). Pure: returns a new object.
 */
export function withCspHeader<V>(
  headers: Record<string, V> | undefined,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, V | string[]> {
  const result: Record<string, V | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
