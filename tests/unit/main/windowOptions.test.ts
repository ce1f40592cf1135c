import { describe, expect, it } from 'vitest';
import {
  displayNumberWindowOptions,
  windowOptions,
  WINDOW_BACKGROUND,
} from '../../../electron/main/windowOptions.ts';

const preloadPath = '/app/out/preload/index.cjs';

describe('windowOptions', () => {
  for (const kind of ['console', 'presenter'] as const) {
    it(`locks the ${kind} window's web preferences down`, () => {
      const prefs = windowOptions(kind, { preloadPath }).webPreferences;
      expect(prefs).toMatchObject({
        preload: preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
      });
    });

    it(`keeps the ${kind} window hidden until its page is ready, on the ink background`, () => {
      const options = windowOptions(kind, { preloadPath });
      expect(options.show).toBe(false);
      expect(options.backgroundColor).toBe(WINDOW_BACKGROUND);
    });
  }

  it('sizes the console for a laptop and lets it be made smaller only so far', () => {
    const options = windowOptions('console', { preloadPath });
    expect(options).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 600,
      center: true,
    });
    expect(options.title).toBe('Facilitator Console');
    expect(options.webPreferences?.spellcheck).toBe(true);
  });

  it('puts the presenter fullscreen on the display it is given, without throttling its timer', () => {
    const bounds = { x: 1920, y: 0, width: 1920, height: 1080 };
    const options = windowOptions('presenter', {
      preloadPath,
      placement: { bounds, fullscreen: true },
    });
    expect(options).toMatchObject({ ...bounds, fullscreen: true, autoHideMenuBar: true });
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
    expect(options.webPreferences?.spellcheck).toBe(false);
  });

  it('opens the presenter as a plain window when it has no placement', () => {
    const options = windowOptions('presenter', { preloadPath });
    expect(options.fullscreen).toBeUndefined();
    expect(options).toMatchObject({ width: 1280, height: 720, center: true });
  });

  it('sets the window icon only when there is one', () => {
    expect(windowOptions('console', { preloadPath }).icon).toBeUndefined();
    expect(windowOptions('console', { preloadPath, iconPath: '/i.png' }).icon).toBe('/i.png');
  });

  it("locks a display's number down like every window, with no preload and no script", () => {
    const bounds = { x: -960, y: 240, width: 640, height: 320 };
    const options = displayNumberWindowOptions(bounds);
    const prefs = windowOptions('presenter', { preloadPath }).webPreferences!;
    const { preload: _preload, ...locked } = prefs;
    expect(options.webPreferences).toMatchObject({
      ...locked,
      spellcheck: false,
      backgroundThrottling: true,
      javascript: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it("shows a display's number over everything, without a frame, the focus or a taskbar entry", () => {
    const bounds = { x: 2176, y: 231, width: 512, height: 307 };
    expect(displayNumberWindowOptions(bounds)).toMatchObject({
      ...bounds,
      show: false,
      backgroundColor: WINDOW_BACKGROUND,
      frame: false,
      alwaysOnTop: true,
      focusable: false,
      skipTaskbar: true,
      resizable: false,
      movable: false,
      fullscreenable: false,
    });
  });
});
