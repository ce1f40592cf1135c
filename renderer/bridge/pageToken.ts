/**
 * The browser host's token for this page: read from the address once, kept in this tab's session
 * storage and taken out of the address bar, so it is not left on screen, in the history or in a
 * bookmark. A reload finds it in session storage (the host's refusal page puts it back in the
 * address once; see electron/serve/pages.ts, which uses the same key).
 */
export function takePageToken(location: Location = window.location): string {
  const key = `fc.token:${location.pathname}`;
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get('token');
  if (fromAddress) {
    sessionStorage.setItem(key, fromAddress);
    sessionStorage.removeItem(`${key}:tried`);
    params.delete('token');
    const rest = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`,
    );
    return fromAddress;
  }
  return sessionStorage.getItem(key) ?? '';
}

/** This page again under a new token (after new links were made), on the same screen. */
export function openWithToken(path: string): void {
  window.location.replace(`${path}${window.location.hash}`);
}
