import { useEffect, useRef } from 'react';

/** Runs `paint` every animation frame while mounted; the latest `paint` is always the one called. */
export function useAnimationFrame(paint: () => void): void {
  const latest = useRef(paint);
  useEffect(() => {
    latest.current = paint;
  });
  useEffect(() => {
    let frame = 0;
    const loop = () => {
      latest.current();
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, []);
}
