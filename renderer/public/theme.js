/*
 * The theme the facilitator chose in Settings (light or dark; nothing for the system's), put on
 * <html data-theme> before the page's first paint. It runs as a plain blocking script in each page's
 * <head>, because a module would run only after the page had been painted once in the system's
 * colours. It also follows a change made in the other window. The key is THEME_KEY of
 * renderer/ui/Theme/themeChoice.ts.
 */
(() => {
  const key = 'facilitator-console.theme';
  const apply = () => {
    let choice = null;
    try {
      choice = window.localStorage.getItem(key);
    } catch {
      // Storage can be refused (a locked-down browser): the system's theme it is.
    }
    if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
    else delete document.documentElement.dataset.theme;
  };
  apply();
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) apply();
  });
})();
