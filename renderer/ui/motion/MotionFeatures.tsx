/** Gives `m` components their animations once framer-motion's features have loaded. */
import { LazyMotion } from 'framer-motion';
import type { ReactNode } from 'react';

const features = () => import('./features.ts').then((module) => module.default());

export function MotionFeatures({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={features} strict>
      {children}
    </LazyMotion>
  );
}
