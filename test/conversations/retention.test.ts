import { afterEach, describe, expect, it } from 'vitest';
import { scheduleRetention } from '../../src/conversations/retention.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe('the daily retention run', () => {
  it('runs at start, then once per day of the injected clock, one run at a time', async () => {
    let now = new Date('2026-06-01T03:00:00Z');
    const runs: string[] = [];
    const schedule = scheduleRetention({
      now: () => now,
      run: async (at) => {
        runs.push(at.toISOString());
      },
      onError: (error) => {
        throw error;
      },
    });
    stops.push(schedule.stop);
    await schedule.check();
    now = new Date('2026-06-01T20:00:00Z');
    await schedule.check();
    expect(runs).toEqual(['2026-06-01T03:00:00.000Z']);
    now = new Date('2026-06-02T03:00:00Z');
    await schedule.check();
    expect(runs).toEqual(['2026-06-01T03:00:00.000Z', '2026-06-02T03:00:00.000Z']);
  });

  it('reports a failed run and tries again the next day', async () => {
    let now = new Date('2026-06-01T00:00:00Z');
    const errors: unknown[] = [];
    let calls = 0;
    const schedule = scheduleRetention({
      now: () => now,
      run: async () => {
        calls++;
        throw new Error('disk full');
      },
      onError: (error) => errors.push(error),
    });
    stops.push(schedule.stop);
    await schedule.check();
    now = new Date('2026-06-02T00:00:01Z');
    await schedule.check();
    expect(calls).toBe(2);
    expect(errors.map((error) => (error as Error).message)).toEqual(['disk full', 'disk full']);
  });
});
