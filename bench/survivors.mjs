/**
 * What survives a scavenge, by where it was allocated: loaded into a server under load with
 *
 *   BENCH_SERVER_NODE_ARGS="--expose-gc --import ./bench/survivors.mjs" \
 *   BENCH_SERVER_LOG=/tmp/chatbot.log BENCH_SECONDS=40 npm run bench load
 *
 * A scavenge's pause grows with what it copies: whatever was allocated since the last one and
 * is still alive. An allocation profile shows what is allocated, mostly garbage that costs a
 * scavenge nothing; this shows what it has to copy. Each window starts with a scavenge, samples
 * allocations for a fraction of a second (about the time between two scavenges under load), and
 * ends with two more: what the sampler still holds then was allocated in the window and survived.
 * The table goes to standard error, per window on average.
 *
 * SURVIVORS_AT (ms after the server starts, default 45000), SURVIVORS_WINDOWS (default 5) and
 * SURVIVORS_WINDOW_MS (default 250) choose when and how long; SURVIVORS_DEPTH (default 3) how
 * many frames name a site. The benchmark lets the server idle for 20 s before the load, so the
 * default starts 25 s into it: past the first seconds, while each conversation's arrays and
 * tables are still growing to the size they keep.
 */
import { Session } from 'node:inspector/promises';

const at = Number(process.env.SURVIVORS_AT ?? 45_000);
const windows = Number(process.env.SURVIVORS_WINDOWS ?? 5);
const windowMs = Number(process.env.SURVIVORS_WINDOW_MS ?? 250);
const depth = Number(process.env.SURVIVORS_DEPTH ?? 3);

if (typeof globalThis.gc !== 'function') {
  console.error('bench/survivors.mjs needs node --expose-gc');
} else {
  setTimeout(() => void measure(), at).unref();
}

async function measure() {
  const session = new Session();
  session.connect();
  const bySite = new Map();
  let total = 0;
  for (let window = 0; window < windows; window++) {
    globalThis.gc({ type: 'minor', execution: 'sync' });
    await session.post('HeapProfiler.startSampling', { samplingInterval: 256 });
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    // Two: the first leaves what it copied in the young generation, where the sampler still
    // counts it as alive only if it outlives the second as well.
    globalThis.gc({ type: 'minor', execution: 'sync' });
    globalThis.gc({ type: 'minor', execution: 'sync' });
    const { profile } = await session.post('HeapProfiler.stopSampling');
    total += addSites(profile.head, [], bySite);
    await new Promise((resolve) => setTimeout(resolve, 2 * windowMs));
  }
  session.disconnect();
  const rows = [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 40);
  const kb = (bytes) => `${(bytes / windows / 1024).toFixed(1).padStart(7)} KB`;
  console.error(
    [
      `survivors: ${kb(total).trim()} per ${windowMs} ms window, ${windows} windows`,
      ...rows.map(([site, bytes]) => `${kb(bytes)}  ${site}`),
    ].join('\n'),
  );
}

/** Adds each node's own bytes to its site (the innermost named frames); returns the total. */
function addSites(node, stack, bySite) {
  const frames = isNamed(node.callFrame) ? [...stack, frameName(node.callFrame)] : stack;
  let total = node.selfSize;
  if (node.selfSize > 0) {
    const site = frames.slice(-depth).reverse().join(' <- ') || '(runtime)';
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  }
  for (const child of node.children) total += addSites(child, frames, bySite);
  return total;
}

/** Async resumptions and builtins show as unnamed frames without a file: they name nothing. */
function isNamed(frame) {
  return frame.url !== '' || (frame.functionName !== '' && frame.functionName !== '(root)');
}

function frameName(frame) {
  const file = frame.url
    .replace(/^.*\/node_modules\//, '')
    .replace(/^file:\/\/.*?\/(dist|src|bench)\//, '$1/')
    .replace(/^node:internal\//, 'node:');
  return `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
}
