import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appUrl.ts';
import { classifySender, type FrameLike } from '../../../electron/main/senders.ts';

const frame = (processId: number, routingId: number, url: string): FrameLike => ({
  processId,
  routingId,
  url,
});
const consoleFrame = frame(10, 1, 'app://facilitator/index.html');
const presenterFrame = frame(11, 1, 'app://facilitator/presenter.html');
const ours = { console: consoleFrame, presenter: presenterFrame };

describe('classifySender', () => {
  it('lets the console call as the console', () => {
    expect(classifySender({ ...consoleFrame }, ours, APP_ORIGIN)).toEqual({
      trusted: true,
      kind: 'console',
    });
  });

  it('lets the presenter call as the presenter', () => {
    expect(classifySender(presenterFrame, ours, APP_ORIGIN)).toEqual({
      trusted: true,
      kind: 'presenter',
    });
  });

  it('refuses a frame of no window of ours (a subframe, another web contents)', () => {
    const verdict = classifySender(frame(10, 7, 'app://facilitator/index.html'), ours, APP_ORIGIN);
    expect(verdict.trusted).toBe(false);
    expect(
      classifySender(frame(99, 1, 'app://facilitator/index.html'), ours, APP_ORIGIN).trusted,
    ).toBe(false);
  });

  it("refuses our window's frame while it shows a page that is not the app's", () => {
    const strayed = frame(10, 1, 'https://example.com/');
    const verdict = classifySender(strayed, { ...ours, console: strayed }, APP_ORIGIN);
    expect(verdict).toEqual({
      trusted: false,
      reason: "the console window is showing a page that is not the app's",
    });
  });

  it('refuses a frame that is gone, and everything when no window is open', () => {
    expect(classifySender(null, ours, APP_ORIGIN).trusted).toBe(false);
    expect(
      classifySender(consoleFrame, { console: undefined, presenter: undefined }, APP_ORIGIN)
        .trusted,
    ).toBe(false);
  });
});
