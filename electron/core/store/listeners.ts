/** A set of listeners with an unsubscribe function; a throwing listener does not stop the others. */
export class Listeners<T> {
  readonly #set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.#set.add(listener);
    return () => this.#set.delete(listener);
  }

  emit(value: T) {
    for (const listener of [...this.#set]) {
      try {
        listener(value);
      } catch {
        // A view's listener failing must not stop a save.
      }
    }
  }

  clear() {
    this.#set.clear();
  }
}
