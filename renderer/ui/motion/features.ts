/**
 * framer-motion's animation features, loaded on their own after the page has shown: components
 * animate through `m` inside <MotionFeatures>, so a page's first load carries motion's small core
 * only (framer-motion's LazyMotion).
 */
export default async function loadMotionFeatures() {
  return (await import('framer-motion')).domAnimation;
}
