/**
 * Who is online. A visitor is online while any of their tabs is connected, and goes offline a
 * moment after the last one closes: the grace period absorbs a page reload, so a visitor moving
 * between pages does not blink offline for operators.
 */
export class Presence {
  private readonly sockets = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly onChange: (conversationId: string, online: boolean) => void,
    private readonly graceMs = 2000,
  ) {}

  connected(conversationId: string): void {
    const timer = this.timers.get(conversationId);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(conversationId);
    }
    const count = (this.sockets.get(conversationId) ?? 0) + 1;
    this.sockets.set(conversationId, count);
    if (count === 1 && !timer) this.onChange(conversationId, true);
  }

  disconnected(conversationId: string): void {
    const count = (this.sockets.get(conversationId) ?? 1) - 1;
    if (count > 0) {
      this.sockets.set(conversationId, count);
      return;
    }
    this.sockets.delete(conversationId);
    const timer = setTimeout(() => {
      this.timers.delete(conversationId);
      if (!this.sockets.has(conversationId)) this.onChange(conversationId, false);
    }, this.graceMs);
    timer.unref();
    this.timers.set(conversationId, timer);
  }

  isOnline(conversationId: string): boolean {
    return this.sockets.has(conversationId) || this.timers.has(conversationId);
  }

  get online(): number {
    return this.sockets.size + this.timers.size;
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
