/** Fans host events out to every connected view; transports register a sink per connection. */
import type { EventName, EventPayload } from '../../shared/contract/index.ts';

export type EventSink = (name: EventName, payload: unknown) => void;

export class Broadcaster {
  readonly #sinks = new Set<EventSink>();

  connect(sink: EventSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const sink of this.#sinks) {
      try {
        sink(name, payload);
      } catch {
        // A broken connection must not stop the others from hearing the event.
      }
    }
  }

  get size(): number {
    return this.#sinks.size;
  }
}
