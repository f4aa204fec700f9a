import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  missingServerOptions,
  serverNodeOptions,
  v8PoolSize,
} from '../../src/deploy/node-options.js';

describe('the Node options a production server starts with', () => {
  it('gives V8 one helper thread per core the loop leaves free, at least one, at most four', () => {
    expect(v8PoolSize(1)).toBe(1);
    expect(v8PoolSize(2)).toBe(1);
    expect(v8PoolSize(3)).toBe(2);
    expect(v8PoolSize(4)).toBe(3);
    expect(v8PoolSize(16)).toBe(4);
  });

  it('halves the young generation, and leaves out a pool size that is Node’s own', () => {
    expect(serverNodeOptions(2)).toEqual(['--v8-pool-size=1', '--max-semi-space-size=8']);
    expect(serverNodeOptions(16)).toEqual(['--max-semi-space-size=8']);
  });

  it('are options this Node accepts, on the command line and in NODE_OPTIONS', () => {
    const script = ['-e', 'process.stdout.write("up")'];
    const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
      execFileSync(process.execPath, [...args, ...script], { encoding: 'utf8', env });
    expect(run(serverNodeOptions())).toBe('up');
    expect(run([], { ...process.env, NODE_OPTIONS: serverNodeOptions().join(' ') })).toBe('up');
  });

  it('names the options a process was started without', () => {
    const all = serverNodeOptions();
    expect(missingServerOptions([], '')).toEqual(all);
    expect(missingServerOptions(all, '')).toEqual([]);
    expect(missingServerOptions([], all.join(' '))).toEqual([]);
    // Any value counts as given, and V8's flags may be spelt with underscores.
    expect(missingServerOptions(['--max_semi_space_size=16', '--v8-pool-size=3'], '')).toEqual([]);
    expect(missingServerOptions(['--inspect'], '--max-old-space-size=512')).toEqual(all);
  });
});
