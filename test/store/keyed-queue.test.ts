import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/store/keyed-queue.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs work under one key one at a time, in order, and other keys alongside', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const gate = deferred();
    const first = queue.run('a', async () => {
      order.push('a1 start');
      await gate.promise;
      order.push('a1 end');
    });
    const second = queue.run('a', async () => {
      order.push('a2');
    });
    const other = queue.run('b', async () => {
      order.push('b1');
    });
    await other;
    expect(order).toEqual(['a1 start', 'b1']);
    expect(queue.has('a')).toBe(true);
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    await queue.idle();
    expect(queue.size).toBe(0);
  });

  it('gives each caller its own error and keeps going after a failure', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('a', async () => {
      throw new Error('disk full');
    });
    const next = queue.run('a', async () => 42);
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe(42);
  });
});
