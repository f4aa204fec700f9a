import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactId, hexId, timestampNow } from '../../src/store/ids.js';

describe('ids', () => {
  it('makes ids that do not repeat, in their documented alphabets', () => {
    const compact = new Set(Array.from({ length: 2000 }, compactId));
    const hex = new Set(Array.from({ length: 2000 }, hexId));
    expect(compact.size).toBe(2000);
    expect(hex.size).toBe(2000);
    for (const id of compact) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const id of hex) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('timestampNow', () => {
  afterEach(() => vi.useRealTimers());

  it('is the current time, one string within a millisecond and a new one after', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') });
    const first = timestampNow();
    expect(first).toBe('2026-03-01T10:00:00.000Z');
    expect(timestampNow()).toBe(first);
    vi.advanceTimersByTime(1);
    expect(timestampNow()).toBe('2026-03-01T10:00:00.001Z');
    vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
    expect(timestampNow()).toBe('2026-03-01T09:00:00.000Z');
  });
});
