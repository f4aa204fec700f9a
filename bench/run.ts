/**
 * `npm run bench`: runs every bench/*.bench.ts but the cluster ones (or those named on the
 * command line, e.g. `npm run bench cluster`) and prints one table. Exits 1 when a figure misses its target, so a regression is not a quiet number.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serverNodeOptions } from '../src/deploy/node-options.js';
import { type BenchRow, meets } from './harness.js';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.ts'))
  // The cluster benches need PostgreSQL: they run only when asked for (`npm run bench cluster`).
  .filter((name) =>
    only.length === 0
      ? !name.startsWith('cluster')
      : only.some((wanted) => name.startsWith(wanted)),
  )
  .sort();

// Each bench runs in a process of its own, so one cannot warm up, slow down or leave garbage
// for the next. It runs with the server's Node options: what runs in it (the store, retrieval)
// is measured as deployed, and as a load client its V8 helper threads leave the cores to the
// servers it measures (four of them take CPU from the server's loop on a small machine).
const rows: BenchRow[] = [];
for (const file of files) {
  const output = execFileSync(
    process.execPath,
    [
      ...serverNodeOptions(),
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(new URL('run-one.ts', import.meta.url)),
      file,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  rows.push(...(JSON.parse(output.trim().split('\n').pop()!) as BenchRow[]));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `node ${process.version}, ${arch()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
console.log('');
const table = rows.map((row) => {
  const verdict = meets(row);
  const target = row.target
    ? [
        row.target.min !== undefined ? `≥ ${row.target.min}` : '',
        row.target.max !== undefined ? `≤ ${row.target.max}` : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  return [
    row.bench,
    row.metric,
    `${row.value.toFixed(row.value < 10 ? 2 : 1)} ${row.unit}`,
    target,
    verdict === undefined ? '' : verdict ? 'ok' : 'MISSED',
  ];
});
const header = ['bench', 'metric', 'value', 'target', ''];
const widths = header.map((_, i) =>
  Math.max(header[i]!.length, ...table.map((cells) => cells[i]!.length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
for (const cells of table) console.log(line(cells));
if (rows.some((row) => meets(row) === false)) process.exitCode = 1;
