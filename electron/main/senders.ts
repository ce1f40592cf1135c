/**
 * Who is calling over IPC. A request counts only if it comes from the main frame of one of our two
 * windows while that frame shows one of our pages; the window's kind is the caller's role. Pure: frames are matched by their process and routing ids (what Electron's
 * WebFrameMain carries), so tests pass plain objects.
 */
import { isAppUrl } from './appUrl.ts';

export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

export interface OurFrames {
  console: FrameLike | undefined;
  presenter: FrameLike | undefined;
}

export type SenderVerdict =
  { trusted: true; kind: 'console' | 'presenter' } | { trusted: false; reason: string };

const sameFrame = (a: FrameLike, b: FrameLike | undefined) =>
  b !== undefined && a.processId === b.processId && a.routingId === b.routingId;

export function classifySender(
  frame: FrameLike | null | undefined,
  ours: OurFrames,
  appOrigin: string,
): SenderVerdict {
  if (!frame) return { trusted: false, reason: 'the sending frame is gone' };
  const kind = sameFrame(frame, ours.console)
    ? 'console'
    : sameFrame(frame, ours.presenter)
      ? 'presenter'
      : undefined;
  if (!kind) {
    return { trusted: false, reason: 'it did not come from the main frame of an app window' };
  }
  if (!isAppUrl(frame.url, appOrigin)) {
    return { trusted: false, reason: `the ${kind} window is showing a page that is not the app's` };
  }
  return { trusted: true, kind };
}
