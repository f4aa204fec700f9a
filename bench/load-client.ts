/**
 * The load bench's visitors: N socket.io clients (BENCH_VISITORS, default 1,000), each sending a
 * message a second for BENCH_SECONDS (default 60) to one server, in a process of their own.
 *
 * Usage: load-client.ts <server url> <server pid>. Prints one line of JSON: every acknowledgement
 * latency, what was sent and lost, replies per second, and the server's RSS peak and CPU.
 *
 * Each stretch of load gets a fresh process, so that no stretch is sent by a client worn by the
 * ones before it. That alone does not make the order of measurement fair: see the ABC CBA order
 * in bench/load.bench.ts, and bench/NOTES.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';

export interface LoadResult {
  readonly latencies: number[];
  readonly sent: number;
  readonly lost: number;
  /** Bot replies received per second (0 for the floor, which only acknowledges). */
  readonly replies: number;
  readonly peakRss: number;
  /** The server's CPU over the run, in % of one core. */
  readonly cpuPercent: number;
  /** This process's CPU over the run: the visitors' own cost. */
  readonly clientCpuPercent: number;
}

const visitors = Number(process.env.BENCH_VISITORS ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

/**
 * The visitors' tokens, kept between stretches (BENCH_TOKENS_FILE): the same 1,000 visitors come
 * back to their conversations, as after a page load, rather than 1,000 new ones each stretch.
 */
function savedTokens(file: string | undefined): string[] {
  if (!file || !existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

async function connect(url: string, tokensFile: string | undefined): Promise<Socket[]> {
  const tokens = savedTokens(tokensFile);
  const sockets: Socket[] = [];
  const given: string[] = [];
  for (let i = 0; i < visitors; i += 50) {
    const batch = Array.from({ length: Math.min(50, visitors - i) }, (_, j) => {
      const token = tokens[i + j];
      const socket = io(`${url}/visitor`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        ...(token ? { auth: { token } } : {}),
      });
      sockets.push(socket);
      return new Promise<void>((resolve) =>
        socket.once('session', (session: { token?: string }) => {
          // A returning visitor must get its own conversation back, or the stretches differ.
          if (token && session.token !== token) throw new Error('a visitor token was not taken');
          given[i + j] = session.token ?? '';
          resolve();
        }),
      );
    });
    await Promise.all(batch);
  }
  if (tokensFile) writeFileSync(tokensFile, JSON.stringify(given));
  return sockets;
}

async function drive(url: string, pid: number): Promise<LoadResult> {
  const sockets = await connect(url, process.env.BENCH_TOKENS_FILE);
  // Unique to this stretch: a returning visitor's ids from an earlier one would be resends.
  const stretch = process.pid.toString(36);
  let replies = 0;
  for (const socket of sockets)
    socket.on('entry', (entry: { author?: { kind: string } }) => {
      if (entry.author?.kind === 'bot') replies++;
    });
  const latencies: number[] = [];
  let sent = 0;
  let lost = 0;
  let peakRss = rssMb(pid);
  const cpuStart = cpuTicks(pid);
  const clientCpuStart = process.cpuUsage();
  const started = performance.now();
  // Each visitor keeps its own place in the second, on a fixed schedule. setInterval re-arms
  // from whenever its callback ran, so every pause of this process's loop (a collection, say)
  // left the visitors that fell due during it in step for the rest of the run: by the 15th
  // second most messages went out together with others, in bursts no real visitors make.
  const schedule = performance.now();
  const timers = sockets.map((socket, index) => {
    let n = 0;
    const offset = (index / sockets.length) * 1000;
    const send = () => {
      sent++;
      const t = performance.now();
      socket
        .timeout(10_000)
        .emit(
          'message',
          { clientId: `${stretch}-${n++}`, text: 'How much is the Montserrat trip?' },
          (error: Error | null, ack: { ok: boolean } | undefined) => {
            if (error || !ack?.ok) lost++;
            else latencies.push(performance.now() - t);
          },
        );
      timers[index] = setTimeout(send, schedule + offset + n * 1000 - performance.now());
    };
    return setTimeout(send, offset);
  });
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 500);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearTimeout(timer);
  const elapsed = (performance.now() - started) / 1000;
  const cpuPercent = ((cpuTicks(pid) - cpuStart) / 100 / elapsed) * 100;
  const clientUsage = process.cpuUsage(clientCpuStart);
  const clientCpuPercent = ((clientUsage.user + clientUsage.system) / 1e6 / elapsed) * 100;
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the last acknowledgements
  clearInterval(sampler);
  for (const socket of sockets) socket.close();
  return {
    latencies,
    sent,
    lost: lost + (sent - latencies.length - lost),
    replies: replies / elapsed,
    peakRss,
    cpuPercent,
    clientCpuPercent,
  };
}

// Run as a script by bench/load; imported there only for its types and rssMb.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, pid] = process.argv.slice(2);
  if (!url || !pid) throw new Error('usage: load-client.ts <server url> <server pid>');
  process.stdout.write(`${JSON.stringify(await drive(url, Number(pid)))}\n`);
}
