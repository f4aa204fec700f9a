/**
 * The CLI's own cost: how fast `chatbot --help` answers (target < 300 ms: commands are
 * lazy-loaded) and how long `chatbot validate` takes on the demo bot.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchRow, percentile } from './harness.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}bin/chatbot.js`;

function time(args: string[], runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`chatbot ${args.join(' ')} exited ${result.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function run(): Promise<BenchRow[]> {
  time(['--help'], 3); // warm the file cache
  const help = time(['--help'], 30);
  const bare = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    bare.push(performance.now() - started);
  }
  const validate = time(['validate'], 10);
  return [
    { bench: 'cli', metric: 'node -e "" p50 (floor)', value: percentile(bare, 50), unit: 'ms' },
    {
      bench: 'cli',
      metric: 'chatbot --help p50',
      value: percentile(help, 50),
      unit: 'ms',
      target: { max: 300 },
    },
    {
      bench: 'cli',
      metric: 'chatbot --help p95',
      value: percentile(help, 95),
      unit: 'ms',
      target: { max: 300 },
    },
    {
      bench: 'cli',
      metric: 'chatbot validate (demo bot) p50',
      value: percentile(validate, 50),
      unit: 'ms',
    },
  ];
}
