/** Runs one bench file in this (fresh) process and prints its rows as JSON for bench/run.ts. */
import type { BenchRow } from './harness.js';

const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts <file.bench.ts>');
const module = (await import(`./${file}`)) as { run: () => Promise<BenchRow[]> };
process.stdout.write(`${JSON.stringify(await module.run())}\n`);
