/**
 * Bot replies start one per turn of the event loop, after the turn's I/O.
 *
 * A visitor's message is acknowledged once its write completes, and that completion is I/O. When
 * a burst of messages arrives (after a pause for garbage collection, say), starting every reply
 * at once would put a few milliseconds of answering between each completed write and its
 * acknowledgement. Letting one reply start per turn puts the acknowledgements first; a long
 * backlog starts several per turn, so replies never fall far behind.
 */
export class LoopTurns {
  private readonly waiting: Array<() => void> = [];
  private scheduled: NodeJS.Immediate | undefined;

  /** Resolves on a coming turn of the loop, in the order asked. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.scheduled ??= setImmediate(() => this.release());
    });
  }

  private release(): void {
    this.scheduled = undefined;
    // One per turn, or a sixteenth of a long backlog: it drains in about sixteen turns.
    const count = Math.max(1, Math.ceil(this.waiting.length / 16));
    for (const resolve of this.waiting.splice(0, count)) resolve();
    if (this.waiting.length > 0) this.scheduled = setImmediate(() => this.release());
  }
}
