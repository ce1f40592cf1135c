import { useEffect, useRef, useState, type RefObject } from 'react';

/** Asks for focus on the first enabled control among `keys` once the list has changed. */
export type FocusAfter = (...keys: string[]) => void;

/**
 * Puts focus back on a control after a list changes under it (a moved row in the deck or the
 * seating, a closed inline form): the first of `keys` found enabled, by its data-focus attribute.
 */
export function useFocusAfter(root: RefObject<HTMLElement | null>): FocusAfter {
  const pending = useRef<string[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (pending.current.length === 0) return;
    for (const key of pending.current) {
      const element = root.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        pending.current = [];
        return;
      }
    }
  });
  return (...keys: string[]) => {
    pending.current = keys;
    setTick(tick + 1);
  };
}
