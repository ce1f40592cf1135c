/**
 * A text that takes the largest type that fits its box: the question, the prompt, the chosen
 * challenge. The box is the space its screen leaves (the speaker and the timers keep theirs);
 * sizes are searched in pixels of the room's height, so the console's mirror and a 4K projector
 * fit the same way. The fitted share of the room's height is kept in `data-fit-share` (the tests
 * read it; the console compares it with the room-size rule).
 */
import { useLayoutEffect, useRef, type ElementType } from 'react';

interface Props {
  text: string;
  /** The largest size, as a share of the room's height. */
  maxShare: number;
  /** Below this share the text may wrap anywhere rather than shrink further. */
  minShare?: number;
  as?: ElementType;
  className?: string;
}

const STEPS = 12;

export function FitText({ text, maxShare, minShare = 0.02, as: Tag = 'p', className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    const outer = box.current;
    const element = inner.current;
    if (!outer || !element) return;
    const roomHeight = () =>
      (outer.closest('[data-room]') as HTMLElement | null)?.clientHeight ?? window.innerHeight;
    const fits = () =>
      element.scrollHeight <= outer.clientHeight + 1 &&
      element.scrollWidth <= outer.clientWidth + 1;
    const fit = () => {
      const height = roomHeight();
      if (height === 0 || outer.clientHeight === 0) return;
      element.dataset.wrap = 'words';
      let low = minShare * height;
      let high = maxShare * height;
      element.style.fontSize = `${high}px`;
      if (!fits()) {
        for (let step = 0; step < STEPS; step++) {
          const middle = (low + high) / 2;
          element.style.fontSize = `${middle}px`;
          if (fits()) low = middle;
          else high = middle;
        }
        element.style.fontSize = `${low}px`;
        high = low;
      }
      // A word longer than the line at the smallest size breaks rather than spill over.
      if (!fits()) element.dataset.wrap = 'anywhere';
      element.dataset.fitShare = (high / height).toFixed(4);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [text, maxShare, minShare]);

  return (
    <div ref={box} className="room-fit">
      <Tag ref={inner} className={className}>
        {text}
      </Tag>
    </div>
  );
}
