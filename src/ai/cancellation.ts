/**
 * A reply's cancellation (an operator took over, the server is stopping): a flag the cascade
 * checks between steps, and an AbortSignal only for the network requests that need one.
 *
 * The signal is made on first use. On Node 20 an AbortSignal outlives the reply that made it
 * until a full collection, and the replies answered in this process (the offline answerer) have
 * no request to abort: most replies need none.
 */
export class Cancellation {
  #controller: AbortController | undefined;
  #cancelled = false;

  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Aborts when the reply is cancelled, or at once if it already is. */
  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    if (this.#cancelled) this.#controller.abort();
    return this.#controller.signal;
  }

  cancel(): void {
    this.#cancelled = true;
    this.#controller?.abort();
  }
}
