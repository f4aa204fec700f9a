import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  serverNodeOptions,
  startedWithPoolSize,
  v8PoolSize,
} from '../../src/deploy/node-options.js';

describe('the Node options a production server starts with', () => {
  it('gives V8 one helper thread per core the event loop leaves free, at least one, at most four', () => {
    expect(v8PoolSize(1)).toBe(1);
    expect(v8PoolSize(2)).toBe(1);
    expect(v8PoolSize(3)).toBe(2);
    expect(v8PoolSize(4)).toBe(3);
    expect(v8PoolSize(16)).toBe(4);
    expect(serverNodeOptions(2)).toEqual(['--v8-pool-size=1']);
  });

  it('are options this Node accepts, on the command line and in NODE_OPTIONS', () => {
    const script = ['-e', 'process.stdout.write("up")'];
    expect(
      execFileSync(process.execPath, [...serverNodeOptions(), ...script], { encoding: 'utf8' }),
    ).toBe('up');
    expect(
      execFileSync(process.execPath, script, {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: serverNodeOptions().join(' ') },
      }),
    ).toBe('up');
  });

  it('tells whether a process was started with a pool size of its own', () => {
    expect(startedWithPoolSize([], '')).toBe(false);
    expect(startedWithPoolSize(['--v8-pool-size=2'], '')).toBe(true);
    expect(startedWithPoolSize([], '--max-old-space-size=512 --v8-pool-size=1')).toBe(true);
    expect(startedWithPoolSize(['--inspect'], '--max-old-space-size=512')).toBe(false);
  });
});
