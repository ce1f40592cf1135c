import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appUrl.ts';
import { isPermissionAllowed } from '../../../electron/main/permissions.ts';

describe('isPermissionAllowed', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'hid',
    'serial',
    'openExternal',
    'fullscreen',
  ])('refuses %s, even to app pages', (permission) => {
    expect(isPermissionAllowed(permission, 'app://facilitator/index.html', APP_ORIGIN)).toBe(false);
  });

  it('lets app pages write text to the clipboard, and nobody else', () => {
    expect(
      isPermissionAllowed('clipboard-sanitized-write', 'app://facilitator/index.html', APP_ORIGIN),
    ).toBe(true);
    expect(
      isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', APP_ORIGIN),
    ).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'app://facilitator/index.html', APP_ORIGIN)).toBe(
      false,
    );
  });
});
