import { describe, expect, it } from 'vitest';
import { Cancellation } from '../../src/ai/cancellation.js';

describe('a reply cancellation', () => {
  it('aborts a signal handed out before the cancel', () => {
    const cancellation = new Cancellation();
    const signal = cancellation.signal;
    let aborted = 0;
    signal.addEventListener('abort', () => aborted++);
    expect(signal.aborted).toBe(false);
    cancellation.cancel();
    expect([cancellation.cancelled, signal.aborted, aborted]).toEqual([true, true, 1]);
  });

  it('hands out an aborted signal after the cancel, so a late request never starts', () => {
    const cancellation = new Cancellation();
    cancellation.cancel();
    expect(cancellation.cancelled).toBe(true);
    expect(cancellation.signal.aborted).toBe(true);
  });

  it('is one signal, however often asked', () => {
    const cancellation = new Cancellation();
    expect(cancellation.signal).toBe(cancellation.signal);
  });
});
