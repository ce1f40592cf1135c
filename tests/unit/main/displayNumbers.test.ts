import { describe, expect, it } from 'vitest';
import {
  centredBox,
  DISPLAY_NUMBER_PAGE_POLICY,
  displayNumberOverlays,
  displayNumberPage,
} from '../../../electron/main/displayNumbers.ts';
import { numberedDisplays, type DisplayInfo } from '../../../electron/main/displays.ts';
import { cspOfHtml } from '../../../electron/core/security/contentSecurityPolicy.ts';
import { config, display, DISPLAY_CONFIGS } from './support/displayConfigs.ts';

const inside = (outer: DisplayInfo['bounds'], inner: DisplayInfo['bounds']) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const pageHtml = (url: string) => {
  expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
  return decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length));
};

describe('displayNumberOverlays', () => {
  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    '%s: a box centred on every place, with the number the menu gives that display',
    (_name, { displays, primaryId }) => {
      const overlays = displayNumberOverlays(displays, primaryId);
      const places = new Set(displays.map(({ bounds }) => JSON.stringify(bounds)));
      expect(overlays).toHaveLength(places.size);

      const menu = numberedDisplays(displays, primaryId);
      const named = overlays.flatMap((overlay) => [overlay, ...overlay.mirrors]);
      expect(named.map(({ displayId, number, label }) => ({ displayId, number, label }))).toEqual(
        expect.arrayContaining(
          menu.map(({ display: d, number, label }) => ({ displayId: d.id, number, label })),
        ),
      );
      expect(named).toHaveLength(displays.length);

      for (const overlay of overlays) {
        const area = displays.find((d) => d.id === overlay.displayId)!.bounds;
        expect(inside(area, overlay.bounds)).toBe(true);
        // Centred, to the pixel.
        const left = overlay.bounds.x - area.x;
        const right = area.x + area.width - (overlay.bounds.x + overlay.bounds.width);
        const top = overlay.bounds.y - area.y;
        const bottom = area.y + area.height - (overlay.bounds.y + overlay.bounds.height);
        expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
        expect(Math.abs(top - bottom)).toBeLessThanOrEqual(1);
      }
    },
  );

  it('names mirrored displays in one box: two boxes in one place would hide each other', () => {
    const { displays, primaryId } = config('mirrored: the projector shows the laptop');
    const overlays = displayNumberOverlays(displays, primaryId);
    expect(overlays).toHaveLength(1);
    expect(overlays[0]).toMatchObject({
      number: 1,
      label: 'Built-in display — 1920×1080 (primary)',
      mirrors: [{ displayId: 13, number: 2, label: 'EPSON PJ — 1920×1080' }],
    });
  });

  it('puts the box on a display left of or above the primary one, in negative coordinates', () => {
    const left = config('a projector left of the laptop (negative coordinates)');
    expect(displayNumberOverlays(left.displays, left.primaryId)[0]).toMatchObject({
      displayId: 15,
      number: 1,
      bounds: { x: -960, y: 240, width: 640, height: 320 },
    });
    const above = config('a MacBook (Retina, scale 2) with a projector above it');
    expect(displayNumberOverlays(above.displays, above.primaryId)[0]?.bounds.y).toBeLessThan(0);
  });
});

describe('centredBox', () => {
  it('is at most 640×400, half as wide and two fifths as high as a small screen', () => {
    expect(centredBox({ x: 0, y: 0, width: 3840, height: 2160 })).toEqual({
      x: 1600,
      y: 880,
      width: 640,
      height: 400,
    });
    expect(centredBox({ x: 1920, y: 0, width: 1024, height: 768 })).toEqual({
      x: 1920 + 256,
      y: 231,
      width: 512,
      height: 307,
    });
  });
});

describe('displayNumberPage', () => {
  const [overlay] = displayNumberOverlays(
    [display({ id: 5, width: 2560, height: 1440, label: 'DELL U2720Q' })],
    5,
  );

  it('shows the number large and the display by name', () => {
    const html = pageHtml(displayNumberPage(overlay!));
    expect(html).toContain('<p class="number">1</p>');
    expect(html).toContain('1 — DELL U2720Q — 2560×1440 (primary)');
  });

  it('runs nothing and loads nothing: no script, a policy that forbids every load', () => {
    const html = pageHtml(displayNumberPage(overlay!));
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(cspOfHtml(html)).toBe(DISPLAY_NUMBER_PAGE_POLICY);
    expect(DISPLAY_NUMBER_PAGE_POLICY).toContain("default-src 'none'");
    expect(DISPLAY_NUMBER_PAGE_POLICY).not.toMatch(/script-src|unsafe-eval/);
  });

  it("escapes a display's name", () => {
    const [odd] = displayNumberOverlays(
      [display({ id: 1, width: 1920, height: 1080, label: '<img src=x onerror=alert(1)>' })],
      1,
    );
    const html = pageHtml(displayNumberPage(odd!));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('numbers mirrored displays together', () => {
    const { displays, primaryId } = config('mirrored: the projector shows the laptop');
    const html = pageHtml(displayNumberPage(displayNumberOverlays(displays, primaryId)[0]!));
    expect(html).toContain('<p class="number">1 · 2</p>');
    expect(html).toContain('2 — EPSON PJ — 1920×1080');
  });
});
