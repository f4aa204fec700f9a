/**
 * The Node.js options a production server starts with: the systemd unit `chatbot deploy` prints,
 * the container in docs/deploy.md, and the load benchmark, which runs the server as deployed.
 *
 * They are options of the process, not of the program: V8 starts its pool of helper threads
 * before any JavaScript runs, so `chatbot start` cannot set them for itself (as it sets the heap's
 * growth); whatever starts it has to.
 */
import { availableParallelism } from 'node:os';

/** Node's own pool size, whatever the machine. */
export const nodeDefaultPoolSize = 4;

/**
 * V8's helper threads (concurrent marking, parallel scavenges, background sweeping and
 * compiling): one per core the event loop leaves free, at least one, at most Node's default.
 * Node starts four on any machine. On a 2-core server under load, four marking threads shared the
 * cores with the event loop through every full collection's marking, and the acknowledgement p99
 * was about a quarter higher than with one (docs/performance.md, "V8's helper threads").
 */
export function v8PoolSize(cores: number = availableParallelism()): number {
  return Math.min(nodeDefaultPoolSize, Math.max(1, cores - 1));
}

/** The options, in the order `node` takes them before the script. */
export function serverNodeOptions(cores?: number): string[] {
  return [`--v8-pool-size=${v8PoolSize(cores)}`];
}

/** Whether this process was given a pool size: on its command line or in NODE_OPTIONS. */
export function startedWithPoolSize(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  const given = (option: string) => option.startsWith('--v8-pool-size');
  return execArgv.some(given) || nodeOptions.split(/\s+/).some(given);
}
