/**
 * The browser host's two pages and what it answers when a page is asked for without a valid token.
 * The app's pages read their token from the address once, keep it in the tab's session storage and
 * take it out of the address bar, so it is not left on screen, in history or in a bookmark. A
 * reload comes without it: the refusal page then runs `/resume.js`, which puts the tab's token
 * back in the address once, and otherwise leaves the refusal in words.
 */
import type { VisitorRole } from './tokens.ts';

/**
 * The page of each role, under out/renderer. The participants' page (/join) needs no token: it
 * holds nothing, and its connection needs the session's join code or the phone's own token.
 */
export const PAGE_FILES: Record<VisitorRole, string> = {
  console: '/index.html',
  presenter: '/presenter.html',
  participant: '/participant.html',
};

export function pageAt(pathname: string): VisitorRole | undefined {
  if (pathname === '/' || pathname === '/index.html') return 'console';
  if (pathname === '/presenter' || pathname === '/presenter.html') return 'presenter';
  if (pathname === '/join' || pathname === '/participant.html') return 'participant';
  return undefined;
}

/** The session-storage key a page keeps its token under; /resume.js reads the same one. */
export const RESUME_SCRIPT = `(function () {
  var key = 'fc.token:' + location.pathname;
  var token = sessionStorage.getItem(key);
  if (!token || /[?&]token=/.test(location.search)) return;
  if (sessionStorage.getItem(key + ':tried') === token) {
    sessionStorage.removeItem(key);
    return;
  }
  sessionStorage.setItem(key + ':tried', token);
  location.replace(location.pathname + '?token=' + encodeURIComponent(token) + location.hash);
})();
`;

export const REFUSAL_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Facilitator Console</title>
    <script src="/resume.js"></script>
  </head>
  <body>
    <p>This address needs the link printed by the Facilitator Console when it started.</p>
  </body>
</html>
`;
