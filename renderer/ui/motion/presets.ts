/** Motion presets: short, calm, and none at all for people who ask the system for less motion. */
import type { HTMLMotionProps } from 'framer-motion';

const reduced =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

type Swap = Pick<HTMLMotionProps<'div'>, 'initial' | 'animate' | 'exit'>;

export const fadeSwap: Swap = reduced
  ? { initial: false, animate: { opacity: 1 }, exit: { opacity: 1 } }
  : {
      initial: { opacity: 0, y: 16 },
      animate: { opacity: 1, y: 0, transition: { duration: 0.35, ease: 'easeOut' } },
      exit: { opacity: 0, y: -12, transition: { duration: 0.2, ease: 'easeIn' } },
    };

type Pop = Pick<HTMLMotionProps<'span'>, 'initial' | 'animate'>;

/** A commitment done: a short pop on both screens; still, for people who ask for less motion. */
export const celebrate: Pop = reduced
  ? { initial: false, animate: { opacity: 1, scale: 1 } }
  : {
      initial: { opacity: 0, scale: 0.4, rotate: -8 },
      animate: {
        opacity: 1,
        scale: [0.4, 1.25, 1],
        rotate: [-8, 4, 0],
        transition: { duration: 0.6, ease: 'easeOut' },
      },
    };
