/**
 * Fans host events out to the connected views. Each connection registers with its role and hears
 * only the events whose audience includes that role (shared/contract/events.ts). An event is
 * serialised at most once per broadcast, however many connections hear it.
 */
import {
  reaches,
  ROLES,
  type EventName,
  type EventPayload,
  type Role,
} from '../../shared/contract/index.ts';

export interface OutgoingEvent {
  name: EventName;
  payload: unknown;
  /** The WebSocket frame of this event, made once and shared by every connection. */
  frame(): string;
}

export type EventSink = (event: OutgoingEvent) => void;

export class Broadcaster {
  readonly #sinks = new Map<Role, Set<EventSink>>(ROLES.map((role) => [role, new Set()]));
  readonly #watchers = new Set<(name: EventName, payload: unknown) => void>();

  /** Hears every event as it is emitted, whoever its audience: for parts of the core that follow changes. */
  onEmit(watcher: (name: EventName, payload: unknown) => void): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  connect(role: Role, sink: EventSink): () => void {
    const sinks = this.#sinks.get(role)!;
    sinks.add(sink);
    return () => sinks.delete(sink);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    let frame: string | undefined;
    const event: OutgoingEvent = {
      name,
      payload,
      frame: () => (frame ??= JSON.stringify({ type: 'event', name, payload })),
    };
    for (const watcher of this.#watchers) watcher(name, payload);
    for (const role of ROLES) {
      if (!reaches(name, role)) continue;
      for (const sink of this.#sinks.get(role)!) {
        try {
          sink(event);
        } catch {
          // A broken connection must not stop the others from hearing the event.
        }
      }
    }
  }

  /** Connections of one role, or of every role. */
  size(role?: Role): number {
    if (role) return this.#sinks.get(role)!.size;
    let total = 0;
    for (const sinks of this.#sinks.values()) total += sinks.size;
    return total;
  }
}
