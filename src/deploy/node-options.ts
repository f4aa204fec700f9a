/**
 * The Node.js options a production server starts with: the systemd unit `chatbot deploy` prints,
 * the container in docs/deploy.md, and the load benchmark, which runs the server as deployed.
 *
 * They are options of the process, not of the program: V8 starts its helper threads and sizes its
 * young generation before any JavaScript runs, so `chatbot start` cannot set them for itself (as
 * it sets the heap's growth); whatever starts it has to.
 */
import { availableParallelism } from 'node:os';

/** Node's own pool size, whatever the machine. */
const nodeDefaultPoolSize = 4;

/**
 * V8's helper threads (concurrent marking, parallel scavenges, background sweeping and
 * compiling): one per core the event loop leaves free, at least one, at most Node's default.
 * Node starts four on any machine; on a small server they share the cores with the event loop
 * through every full collection's marking, and visitors' acknowledgements wait for them.
 */
export function v8PoolSize(cores: number = availableParallelism()): number {
  return Math.min(nodeDefaultPoolSize, Math.max(1, cores - 1));
}

/**
 * Each half of V8's young generation, in MB (16 by default). A scavenge pauses the loop for as
 * long as it takes to copy what survives, which grows with the time between scavenges: at 8 MB
 * they come twice as often and each pause is half as long, so a message rarely waits long behind
 * one. Smaller costs more CPU for no shorter pauses.
 */
const semiSpaceMb = 8;

/** The options, in the order `node` takes them before the script; none that Node's default equals. */
export function serverNodeOptions(cores?: number): string[] {
  const poolSize = v8PoolSize(cores);
  return [
    ...(poolSize === nodeDefaultPoolSize ? [] : [`--v8-pool-size=${poolSize}`]),
    `--max-semi-space-size=${semiSpaceMb}`,
  ];
}

/**
 * The server options this process was started without: each one not given, with any value, on
 * its command line or in NODE_OPTIONS. V8's flags may be spelt with underscores.
 */
export function missingServerOptions(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): string[] {
  const name = (option: string) => option.split('=')[0]!.replaceAll('_', '-');
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(name));
  return serverNodeOptions().filter((option) => !given.has(name(option)));
}
