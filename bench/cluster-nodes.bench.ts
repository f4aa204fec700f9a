/**
 * Three nodes on one PostgreSQL and one Redis (bench/cluster-nodes.ts), 1,000 visitors spread
 * over them (BENCH_VISITORS), each sending a message every BENCH_CLUSTER_INTERVAL_MS (default
 * 30 s: 33 messages a second and as many bot replies), an operator on each node.
 *
 * 1. Crossing nodes: every visitor message reaches every operator as a list row. The time from
 *    sending to an operator's row is taken for the operator on the visitor's node and for the two
 *    on the others (through Redis). Target: the cross-node p99 at most 10 ms above same-node.
 *    Also reported: the same difference per message, without the delays both arrivals share.
 * 2. kill -9 of the third node under that load: its visitors come back on the two others (as a
 *    balancer sends them), resend what was not acknowledged with the same client id, and go on.
 *    Targets: no acknowledged message missing from PostgreSQL afterwards; every visitor of the
 *    killed node served again (a message acknowledged) within 10 s of the kill.
 *
 * Two cores run three servers, PostgreSQL, Redis and this client: the figures are the cost of
 * crossing nodes and of losing one, not a throughput (docs/performance.md).
 */
import { io, type Socket } from 'socket.io-client';
import { type Cluster, startCluster } from './cluster-nodes.js';
import { type BenchRow, percentile } from './harness.js';

const visitors = Number(process.env.BENCH_VISITORS ?? 1000);
const intervalMs = Number(process.env.BENCH_CLUSTER_INTERVAL_MS ?? 30_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
/** socket.io's default first reconnection delay: what a widget waits before trying again. */
const reconnectDelayMs = 1000;

interface Sent {
  readonly at: number;
  readonly node: number;
  /** Each operator's node, and when its row arrived (ms after sending). */
  readonly seenBy: Map<number, number>;
}
interface Ack {
  ok: boolean;
  conversationId?: string;
  id?: string;
}
interface Visitor {
  readonly index: number;
  node: number;
  socket: Socket;
  token?: string;
  sequence: number;
  /** Sent and not yet acknowledged: resent with the same client id after a reconnect. */
  readonly pending: Map<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Load {
  readonly sent = new Map<string, Sent>();
  readonly same: number[] = [];
  readonly cross: number[] = [];
  readonly acked: { conversationId: string; id: string }[] = [];
  readonly ackLatencies: number[] = [];
  sends = 0;
  /** Deliveries are timed only in the measured stretch: not the first messages, not the kill. */
  measuring = false;
  /** The killed node's visitors: when each was first acknowledged again after the kill. */
  readonly servedAgain = new Map<number, number>();
  killedAt = 0;

  constructor(private readonly cluster: Cluster) {}

  connect(visitor: Visitor, node: number): Promise<void> {
    visitor.node = node;
    visitor.socket = io(`${this.cluster.nodes[node]!.url}/visitor`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(visitor.token ? { auth: { token: visitor.token } } : { auth: { lang: 'en' } }),
    });
    return new Promise((resolve) =>
      visitor.socket.once('session', (session: { token?: string }) => {
        visitor.token = session.token ?? visitor.token;
        resolve();
      }),
    );
  }

  /** Resolves when acknowledged (or never, for a message the killed node took with it). */
  send(visitor: Visitor, clientId: string, text: string): Promise<void> {
    visitor.pending.set(clientId, text);
    this.sends++;
    const node = visitor.node;
    const at = performance.now();
    if (!this.sent.has(text)) this.sent.set(text, { at, node, seenBy: new Map() });
    return new Promise((resolve) => {
      visitor.socket
        .timeout(30_000)
        .emit('message', { clientId, text }, (error: Error | null, ack: Ack | undefined) => {
          if (error || !ack?.ok || !ack.id || !ack.conversationId) return;
          visitor.pending.delete(clientId);
          this.acked.push({ conversationId: ack.conversationId, id: ack.id });
          if (this.measuring) this.ackLatencies.push(performance.now() - at);
          if (this.killedAt > 0 && node !== 2 && visitor.index % 3 === 2)
            if (!this.servedAgain.has(visitor.index))
              this.servedAgain.set(visitor.index, performance.now() - this.killedAt);
          resolve();
        });
    });
  }

  next(visitor: Visitor): Promise<void> {
    const n = visitor.sequence++;
    return this.send(
      visitor,
      `m${n}`,
      `Visitor ${visitor.index}, message ${n}: is Montserrat open?`,
    );
  }

  watch(operator: Socket, node: number): void {
    operator.on('conversation', (row: { lastMessage?: { text: string; author: string } }) => {
      if (!this.measuring || row.lastMessage?.author !== 'visitor') return;
      const sent = this.sent.get(row.lastMessage.text);
      if (!sent || sent.seenBy.has(node)) return;
      const latency = performance.now() - sent.at;
      sent.seenBy.set(node, latency);
      (sent.node === node ? this.same : this.cross).push(latency);
    });
  }

  /**
   * Per message, how much later each operator on another node had it than the one on the
   * sender's node: what crossing costs, without the delays both share (the commit, this client).
   */
  pairedDifferences(): number[] {
    const differences: number[] = [];
    for (const sent of this.sent.values()) {
      const same = sent.seenBy.get(sent.node);
      if (same === undefined) continue;
      for (const [node, latency] of sent.seenBy)
        if (node !== sent.node) differences.push(latency - same);
    }
    return differences;
  }

  /** A visitor of the killed node: back on a live node after the delay, pending messages resent. */
  async comeBack(visitor: Visitor): Promise<void> {
    await sleep(reconnectDelayMs);
    await this.connect(visitor, visitor.index % 2);
    for (const [clientId, text] of visitor.pending) void this.send(visitor, clientId, text);
    void this.next(visitor);
  }
}

async function operatorOn(url: string, token: string): Promise<Socket> {
  const socket = io(`${url}/operator`, { transports: ['websocket'], auth: { token } });
  await new Promise((resolve) => socket.once('hello', resolve));
  return socket;
}

async function missingFromStore(cluster: Cluster, acked: Load['acked']): Promise<number> {
  const found = await cluster.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM entries e
     JOIN unnest($1::text[], $2::text[]) AS a(conversation_id, id)
       ON e.conversation_id = a.conversation_id AND e.entry->>'id' = a.id`,
    [acked.map((a) => a.conversationId), acked.map((a) => a.id)],
  );
  return acked.length - Number(found.rows[0]!.n);
}

export async function run(): Promise<BenchRow[]> {
  const cluster = await startCluster(3);
  const load = new Load(cluster);
  const operators: Socket[] = [];
  const all: Visitor[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    for (const [node, token] of cluster.operatorTokens.entries()) {
      const operator = await operatorOn(cluster.nodes[node]!.url, token);
      load.watch(operator, node);
      operators.push(operator);
    }
    for (let i = 0; i < visitors; i += 50) {
      const batch = Array.from({ length: Math.min(50, visitors - i) }, (_, j) => {
        const visitor = { index: i + j, sequence: 0, pending: new Map() } as unknown as Visitor;
        all.push(visitor);
        // Every visitor's first message makes its conversation before anything is timed.
        return load.connect(visitor, visitor.index % 3).then(() => load.next(visitor));
      });
      await Promise.all(batch);
    }
    await sleep(5000); // the first messages' bot replies and list rows
    load.measuring = true;
    // Fixed due times per visitor, spread over the interval; a late send does not move the next.
    const schedule = performance.now();
    for (const visitor of all) {
      const offset = (visitor.index / visitors) * intervalMs;
      let due = 0;
      const tick = () => {
        if (visitor.socket.connected) void load.next(visitor);
        due++;
        const at = schedule + offset + due * intervalMs;
        timers[visitor.index] = setTimeout(tick, Math.max(0, at - performance.now()));
      };
      timers[visitor.index] = setTimeout(tick, offset);
    }
    await sleep(seconds * 1000);
    load.measuring = false;

    const killed = cluster.nodes[2]!;
    const moved = all.filter((visitor) => visitor.node === 2);
    load.killedAt = performance.now();
    killed.child.kill('SIGKILL');
    await Promise.all(
      moved.map(
        (visitor) =>
          new Promise<void>((resolve) => {
            if (!visitor.socket.connected) resolve();
            else visitor.socket.once('disconnect', () => resolve());
          }),
      ),
    );
    await Promise.all(moved.map((visitor) => load.comeBack(visitor)));
    const deadline = performance.now() + 60_000;
    while (load.servedAgain.size < moved.length && performance.now() < deadline) await sleep(100);
    await sleep(intervalMs); // every visitor sends once more after coming back
    for (const timer of timers) clearTimeout(timer);
    await sleep(3000); // the last acknowledgements
    const lost = await missingFromStore(cluster, load.acked);
    const unserved = moved.length - load.servedAgain.size;
    const served = [...load.servedAgain.values()];
    process.stderr.write(
      `cluster-nodes: ${load.same.length} same-node and ${load.cross.length} cross-node deliveries; ` +
        `${moved.length} visitors moved, ${unserved} never served again; ${load.sends} sent (resends included), ${load.acked.length} acknowledged\n`,
    );
    const paired = load.pairedDifferences();
    const sameP99 = percentile(load.same, 99);
    const crossP99 = percentile(load.cross, 99);
    return [
      {
        bench: 'cluster',
        metric: 'visitor message acknowledged, p50 / p99',
        value: percentile(load.ackLatencies, 50),
        unit: `ms / ${percentile(load.ackLatencies, 99).toFixed(1)} ms`,
      },
      {
        bench: 'cluster',
        metric: 'visitor → operator, same node, p50',
        value: percentile(load.same, 50),
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'visitor → operator, same node, p99',
        value: sameP99,
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'visitor → operator, other node, p50',
        value: percentile(load.cross, 50),
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'visitor → operator, other node, p99',
        value: crossP99,
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'other node minus same node, p99',
        value: crossP99 - sameP99,
        unit: 'ms',
        target: { max: 10 },
      },
      {
        bench: 'cluster',
        metric: 'other node minus same node, per message, p50 / p99',
        value: percentile(paired, 50),
        unit: `ms / ${percentile(paired, 99).toFixed(1)} ms`,
      },
      {
        bench: 'cluster',
        metric: 'kill -9: acknowledged messages missing',
        value: lost,
        unit: 'messages',
        target: { max: 0 },
      },
      {
        bench: 'cluster',
        metric: 'kill -9: half the moved visitors served again after',
        value: percentile(served, 50) / 1000,
        unit: 's',
      },
      {
        bench: 'cluster',
        metric: 'kill -9: every visitor served again after',
        value: unserved > 0 ? Number.POSITIVE_INFINITY : Math.max(...served) / 1000,
        unit: 's',
        target: { max: 10 },
      },
    ];
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const socket of [...operators, ...all.map((visitor) => visitor.socket)]) socket.close();
    await cluster.close();
  }
}
