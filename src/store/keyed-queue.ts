/**
 * One piece of work at a time per key (a conversation id), in the order it was asked for, while
 * different keys run side by side. A failed piece does not stop the ones queued behind it: each
 * caller gets its own result or error. Used by the store (one write per conversation at a time)
 * and by the chat engine (one bot reply per conversation at a time).
 */
export class KeyedQueue {
  /** The last piece queued per key, settled either way; gone once the key has nothing queued. */
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` after everything queued before it under `key`. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }

  /** Whether anything is queued or running under `key`. */
  has(key: string): boolean {
    return this.tails.has(key);
  }

  /** How many keys have work queued or running. */
  get size(): number {
    return this.tails.size;
  }

  /** One promise per busy key, resolving (never rejecting) when its queue is empty. */
  pending(): Promise<unknown>[] {
    return [...this.tails.values()];
  }

  /** Resolves once everything queued so far has settled. */
  async idle(): Promise<void> {
    await Promise.all(this.pending());
  }
}
