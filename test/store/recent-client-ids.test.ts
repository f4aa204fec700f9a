import { describe, expect, it } from 'vitest';
import { RecentClientIds } from '../../src/store/recent-client-ids.js';

describe('RecentClientIds', () => {
  it('finds a client id by its author kind, and not under another kind', () => {
    const ids = new RecentClientIds(3);
    ids.add('visitor', 'm1', 1);
    ids.add('operator', 'm1', 4);
    expect(ids.get('visitor', 'm1')).toBe(1);
    expect(ids.get('operator', 'm1')).toBe(4);
    expect(ids.get('visitor', 'm2')).toBeUndefined();
  });

  it('keeps the latest ones, forgetting the oldest first, however many go round', () => {
    const ids = new RecentClientIds(3);
    for (let n = 1; n <= 10; n++) {
      ids.add('visitor', `m${n}`, n * 2);
      expect(ids.size).toBe(Math.min(n, 3));
      for (let old = 1; old <= n; old++)
        expect(ids.get('visitor', `m${old}`)).toBe(old > n - 3 ? old * 2 : undefined);
    }
  });

  it('answers with the newest of a client id given twice', () => {
    const ids = new RecentClientIds(4);
    ids.add('visitor', 'same', 1);
    ids.add('visitor', 'same', 7);
    expect(ids.get('visitor', 'same')).toBe(7);
  });
});
