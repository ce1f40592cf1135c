/**
 * Which components rendered in a commit, read from React's fiber tree as its developer tools read
 * it: a component rendered when its fiber is new since the last commit (React cloned or created it)
 * and carries the PerformedWork flag (its function ran). A subtree React skipped keeps the same
 * fibers; a component React visited but bailed out of has no PerformedWork.
 */
export interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

export interface FiberRoot {
  current: Fiber;
}

// React's work tags for components written by the app: function, class, forwardRef, memo.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 0b1;

const nameOf = (type: unknown): string => {
  if (typeof type === 'function') return type.name || 'Anonymous';
  if (typeof type === 'object' && type !== null) {
    const inner =
      (type as { type?: unknown; render?: unknown }).type ?? (type as { render?: unknown }).render;
    return nameOf(inner);
  }
  return String(type);
};

function* fibers(root: Fiber): Generator<Fiber> {
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    yield fiber;
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

/** Follows commits and collects the components that rendered since `reset`. */
export class RenderCounter {
  private previous = new Set<Fiber>();
  private rendered = new Map<Fiber, string>();

  commit(root: FiberRoot): void {
    const seen = new Set<Fiber>();
    for (const fiber of fibers(root.current)) {
      seen.add(fiber);
      if (!COMPONENT_TAGS.has(fiber.tag) || this.previous.has(fiber)) continue;
      if ((fiber.flags & PERFORMED_WORK) === 0) continue;
      // One entry per component instance, whichever of its two fibers rendered.
      const known = fiber.alternate && this.rendered.has(fiber.alternate);
      if (!known) this.rendered.set(fiber, nameOf(fiber.type));
    }
    this.previous = seen;
  }

  reset(): void {
    this.rendered.clear();
  }

  /** The components that rendered since the last reset, one name per instance. */
  names(): string[] {
    return [...this.rendered.values()];
  }
}
