/**
 * A circuit breaker per cascade link: after `failures` failures in a row the link is skipped
 * for `openMs`, so a dead provider costs nothing instead of a timeout per message; then one
 * request probes it (half-open) and its outcome closes or reopens the breaker.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failuresInARow = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly failures: number,
    private readonly openMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.failuresInARow < this.failures) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }

  /** Whether a request may use the link now; in half-open, only the first caller probes. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    this.failuresInARow = 0;
    this.probing = false;
  }

  failure(): void {
    this.failuresInARow++;
    this.probing = false;
    if (this.failuresInARow >= this.failures) this.openUntil = this.now() + this.openMs;
  }

  /** A request that acquired the link ended without judging it (cancelled by an operator). */
  release(): void {
    this.probing = false;
  }
}
