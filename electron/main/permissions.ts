/**
 * Web permissions: the app needs none of camera, microphone, location, notifications, MIDI, HID,
 * serial and the rest, so every request is refused. The one exception is writing plain text to the
 * clipboard from an app page ("copy the summary"), which cannot read anything back.
 */
import { isAppUrl } from './appUrl.ts';

const ALLOWED_FROM_APP_PAGES = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  appOrigin: string,
): boolean {
  return (
    ALLOWED_FROM_APP_PAGES.has(permission) &&
    requestingUrl !== undefined &&
    isAppUrl(requestingUrl, appOrigin)
  );
}
