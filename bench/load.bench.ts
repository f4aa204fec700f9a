/**
 * Load: N visitors (BENCH_VISITORS, default 1,000) each send a message a second for
 * BENCH_SECONDS (default 60) over socket.io to `chatbot start`, answered by the offline provider,
 * and the same load against a bare express + socket.io server that only acknowledges: the floor.
 * Targets from the server issue: 0 lost, p99 acknowledgement ≤ 5× the floor's and ≤ 25 ms,
 * server RSS ≤ 250 MB; idle RSS ≤ 1.5× the bare server's.
 *
 * The chatbot runs as deployed: with the Node options of the systemd unit (serverNodeOptions).
 * The floor runs twice, with Node's defaults and with those options, and the lower p99 of the
 * two is the one compared: the options must not flatter the ratio.
 *
 * All three servers run from the start. After a warm-up of each, not counted, each is loaded for
 * two stretches of half the time, in the order ABC CBA, so that none is measured later in the
 * run than the others.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeOptions } from '../src/deploy/node-options.js';
import { type BenchRow, percentile } from './harness.js';
import { type LoadResult, rssMb } from './load-client.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const visitors = Number(process.env.BENCH_VISITORS ?? 1000);
/** Idle means settled: V8 gives back startup memory after some quiet seconds, for both servers. */
const idleSettleMs = Number(process.env.BENCH_IDLE_SETTLE_MS ?? 20_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
/** Load before the measured stretches, for each server (BENCH_WARMUP_SECONDS, default 10). */
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);

interface Target {
  readonly child: ChildProcess;
  readonly url: string;
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
    });
  });
}

/** Node flags for a server under test, from the environment (e.g. "--cpu-prof --trace-gc-nvp"). */
function nodeArgsFrom(name: string): string[] {
  return (process.env[name] ?? '').split(' ').filter(Boolean);
}

/** Keeps a server's output in a file (with --trace-gc, say) for a look after the run. */
function keepOutput(child: ChildProcess, file: string | undefined): void {
  if (!file) return;
  const log = createWriteStream(file);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
}

async function startChatbot(dir: string): Promise<Target> {
  // BENCH_SERVER_NODE_ARGS and BENCH_SERVER_LOG profile and trace the chatbot under load.
  const nodeArgs = [...serverNodeOptions(), ...nodeArgsFrom('BENCH_SERVER_NODE_ARGS')];
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'bin/chatbot.js'), 'start', dir, '--port', '0', '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        CHATBOT_ADMIN_TOKEN: 'bench-admin-token-0123456789',
        CHATBOT_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const match = await waitForLine(child, /"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
  keepOutput(child, process.env.BENCH_SERVER_LOG);
  return { child, url: match[1]! };
}

async function startBare(options: readonly string[]): Promise<Target> {
  // BENCH_FLOOR_NODE_ARGS and BENCH_FLOOR_LOG do the same for the floor, to compare the two.
  const nodeArgs = [...options, ...nodeArgsFrom('BENCH_FLOOR_NODE_ARGS')];
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'bench/bare-server.mjs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /\{"port":(\d+)\}/);
  keepOutput(child, process.env.BENCH_FLOOR_LOG);
  return { child, url: `http://127.0.0.1:${match[1]}` };
}

/**
 * One stretch of load: the visitors run in a fresh process of their own (bench/load-client.ts)
 * for `seconds`, so every stretch is sent by a client in the same state.
 */
function drive(target: Target, seconds: number, tokensFile: string): Promise<LoadResult> {
  const client = spawn(
    process.execPath,
    [
      ...serverNodeOptions(),
      '--import',
      'tsx',
      join(root, 'bench/load-client.ts'),
      target.url,
      String(target.child.pid),
    ],
    {
      env: { ...process.env, BENCH_SECONDS: String(seconds), BENCH_TOKENS_FILE: tokensFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  client.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    client.once('error', reject);
    client.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as LoadResult);
      else reject(new Error(`the load client exited with ${code}`));
    });
  });
}

/** A server's stretches as one measurement: every latency, the sums, the peak, the means. */
function combined(stretches: readonly LoadResult[]): LoadResult {
  const mean = (pick: (result: LoadResult) => number) =>
    stretches.reduce((sum, result) => sum + pick(result), 0) / stretches.length;
  return {
    latencies: stretches.flatMap((result) => result.latencies),
    sent: stretches.reduce((sum, result) => sum + result.sent, 0),
    lost: stretches.reduce((sum, result) => sum + result.lost, 0),
    replies: mean((result) => result.replies),
    peakRss: Math.max(...stretches.map((result) => result.peakRss)),
    cpuPercent: mean((result) => result.cpuPercent),
    clientCpuPercent: mean((result) => result.clientCpuPercent),
  };
}

async function stop(target: Target): Promise<void> {
  if (target.child.exitCode !== null || target.child.signalCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  await exited;
}

/**
 * The order of the stretches: each server's half-runs sit at the same mean position (ABC CBA).
 * Measured one after the other, the same bare server's p99 tended to grow with its place in the
 * run (bench/NOTES.md), which would charge a drift of the machine to whichever server runs last.
 */
type Server = 'floorWithDefaults' | 'chatbot' | 'floorAsDeployed';
const stretchOrder: readonly Server[] = [
  'floorWithDefaults',
  'chatbot',
  'floorAsDeployed',
  'floorAsDeployed',
  'chatbot',
  'floorWithDefaults',
];

export async function run(): Promise<BenchRow[]> {
  // BENCH_DATA_ROOT moves the bot (and its data/) elsewhere, e.g. to tmpfs to take the disk out.
  const dir = mkdtempSync(join(process.env.BENCH_DATA_ROOT ?? root, '.bench-load-'));
  for (const entry of ['kb', 'templates'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  const config = readFileSync(join(root, 'chatbot.config.yaml'), 'utf8').replace(
    'origins: []',
    'origins: []\n  limits: { messagesPerMinute: 600, requestsPerMinute: 1000000 }',
  );
  writeFileSync(join(dir, 'chatbot.config.yaml'), config);
  const rows: BenchRow[] = [];
  try {
    const servers: Record<Server, Target> = {
      floorWithDefaults: await startBare([]),
      floorAsDeployed: await startBare(serverNodeOptions()),
      chatbot: await startChatbot(dir),
    };
    await new Promise((resolve) => setTimeout(resolve, idleSettleMs));
    const bareIdle = rssMb(servers.floorWithDefaults.child.pid!);
    const idle = rssMb(servers.chatbot.child.pid!);
    // Each server's visitors are the same 1,000 in every stretch: they come back with their tokens.
    const tokensFile = (server: Server) => join(dir, `.visitors-${server}.json`);
    const stretches: Record<Server, LoadResult[]> = {
      floorWithDefaults: [],
      floorAsDeployed: [],
      chatbot: [],
    };
    // Warm-up, not counted: each server's hot paths get compiled, and the first stretch after the
    // idle wait, which was the fastest in some runs, is no one's measurement.
    for (const server of ['floorWithDefaults', 'chatbot', 'floorAsDeployed'] as const)
      await drive(servers[server], warmupSeconds, tokensFile(server));
    const stretchSeconds = seconds / 2;
    for (const server of stretchOrder) {
      const stretch = await drive(servers[server], stretchSeconds, tokensFile(server));
      stretches[server].push(stretch);
      const p99 = percentile(stretch.latencies, 99).toFixed(2);
      process.stderr.write(`load: ${server}, ${stretchSeconds} s: ack p99 ${p99} ms\n`);
    }
    // The chatbot saves its index as it stops: let it, before its data directory is removed.
    await Promise.all(Object.values(servers).map(stop));

    const floorWithDefaults = combined(stretches.floorWithDefaults);
    const floorAsDeployed = combined(stretches.floorAsDeployed);
    const load = combined(stretches.chatbot);
    const floor =
      percentile(floorAsDeployed.latencies, 99) < percentile(floorWithDefaults.latencies, 99)
        ? floorAsDeployed
        : floorWithDefaults;

    const floorP99 = percentile(floor.latencies, 99);
    const p99 = percentile(load.latencies, 99);
    const label = `${visitors} visitors × ${seconds} s (2 × ${stretchSeconds} s)`;
    rows.push(
      {
        bench: 'load',
        metric: `floor (bare socket.io): ack p50, ${label}`,
        value: percentile(floor.latencies, 50),
        unit: 'ms',
      },
      {
        bench: 'load',
        metric: "floor: ack p99 with Node's defaults",
        value: percentile(floorWithDefaults.latencies, 99),
        unit: 'ms',
      },
      {
        bench: 'load',
        metric: `floor: ack p99 with ${serverNodeOptions().join(' ')}`,
        value: percentile(floorAsDeployed.latencies, 99),
        unit: 'ms',
      },
      { bench: 'load', metric: 'floor: ack p99 (the lower)', value: floorP99, unit: 'ms' },
      { bench: 'load', metric: 'floor: RSS peak', value: floor.peakRss, unit: 'MB' },
      { bench: 'load', metric: 'floor: CPU', value: floor.cpuPercent, unit: '% of a core' },
      {
        bench: 'load',
        metric: 'floor: client process CPU (the 1,000 visitors)',
        value: floor.clientCpuPercent,
        unit: '% of a core',
      },
      {
        bench: 'load',
        metric: `chatbot (started with ${serverNodeOptions().join(' ')}): ack p50, ${label}`,
        value: percentile(load.latencies, 50),
        unit: 'ms',
      },
      { bench: 'load', metric: 'chatbot: ack p99', value: p99, unit: 'ms', target: { max: 25 } },
      {
        bench: 'load',
        metric: 'chatbot: ack p99 ÷ floor p99',
        value: p99 / floorP99,
        unit: '×',
        target: { max: 5 },
      },
      { bench: 'load', metric: 'chatbot: replies per second', value: load.replies, unit: '/s' },
      {
        bench: 'load',
        metric: 'chatbot: lost messages',
        value: load.lost,
        unit: `of ${load.sent}`,
        target: { max: 0 },
      },
      {
        bench: 'load',
        metric: 'chatbot: RSS peak',
        value: load.peakRss,
        unit: 'MB',
        target: { max: 250 },
      },
      { bench: 'load', metric: 'chatbot: CPU', value: load.cpuPercent, unit: '% of a core' },
      {
        bench: 'load',
        metric: 'chatbot: client process CPU (the 1,000 visitors)',
        value: load.clientCpuPercent,
        unit: '% of a core',
      },
      {
        bench: 'idle',
        metric: `bare express + socket.io RSS, ${idleSettleMs / 1000} s after start`,
        value: bareIdle,
        unit: 'MB',
      },
      {
        bench: 'idle',
        metric: `chatbot RSS (demo bot), ${idleSettleMs / 1000} s after start`,
        value: idle,
        unit: 'MB',
      },
      {
        bench: 'idle',
        metric: 'chatbot ÷ bare',
        value: idle / bareIdle,
        unit: '×',
        target: { max: 1.5 },
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
