/**
 * The presenter in a browser: a window of its own, named, so the facilitator drags it to the
 * projector once and every later "show the presenter" (the button, F5) brings that one forward.
 */
export const PRESENTER_WINDOW = 'facilitator-presenter';

/** Opens the presenter page, or focuses its window if it is open; false when the browser refused. */
export function openPresenterWindow(path: string): boolean {
  // An empty address finds the window of that name without reloading it, or opens a blank one.
  const opened = window.open('', PRESENTER_WINDOW);
  if (!opened) return false;
  if (opened.location.href === 'about:blank') opened.location.replace(path);
  opened.focus();
  return true;
}
