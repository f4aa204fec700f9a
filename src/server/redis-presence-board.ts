/**
 * The presence board shared through Redis (cluster.redis). Each server keeps its own facts in a
 * hash of its own that expires unless the server renews it (a heartbeat), and tells the others
 * of each change on a channel. Each server reads every other server's hash at each heartbeat, so
 * a change it missed (a dropped connection) is caught up within one, and a server that died
 * (kill -9, a lost machine) is forgotten once its hash expires: its visitors go offline, its
 * operators stop viewing and stop being online.
 *
 * Every change carries the server's counter, so an older read of a hash never undoes a newer
 * change heard on the channel.
 */
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { createClient } from 'redis';
import {
  factKey,
  type PresenceBoard,
  type PresenceKind,
  TalliedPresenceBoard,
} from './presence-board.js';

type RedisClient = ReturnType<typeof createClient>;

export interface RedisPresenceOptions {
  readonly client: RedisClient;
  /** cluster.name: keeps this install's keys apart from others on the same Redis. */
  readonly prefix: string;
  readonly logger: Logger;
  /** How often a server renews its facts and reads the others'. */
  readonly heartbeatMs?: number;
  /** How long a server's facts outlive its last heartbeat. */
  readonly ttlMs?: number;
}

/** The counter field in a server's hash (facts are `kind<TAB>key`, so never clash with it). */
const versionField = '~v';

interface Change {
  /** The server. */
  readonly n: string;
  /** Its counter after this change. */
  readonly v?: number;
  readonly f?: string;
  readonly x?: string | null;
  /** The server closed. */
  readonly gone?: true;
}

export async function openRedisPresenceBoard(
  options: RedisPresenceOptions,
): Promise<PresenceBoard> {
  const board = new RedisPresenceBoard(options);
  await board.start();
  return board;
}

class RedisPresenceBoard extends TalliedPresenceBoard {
  private readonly self = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly heartbeatMs: number;
  private readonly ttlMs: number;
  private readonly versions = new Map<string, number>();
  private version = 0;
  private subscriber: RedisClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: RedisPresenceOptions) {
    super();
    this.heartbeatMs = options.heartbeatMs ?? 5000;
    this.ttlMs = options.ttlMs ?? Math.max(3 * this.heartbeatMs, 15_000);
  }

  private get serversKey(): string {
    return `${this.options.prefix}:presence:servers`;
  }

  private get channel(): string {
    return `${this.options.prefix}:presence`;
  }

  private hashOf(server: string): string {
    return `${this.options.prefix}:presence:server:${server}`;
  }

  async start(): Promise<void> {
    const subscriber = this.options.client.duplicate();
    subscriber.on('error', (error: unknown) =>
      this.options.logger.warn({ err: error }, 'Redis connection error (presence)'),
    );
    await subscriber.connect();
    this.subscriber = subscriber;
    await subscriber.subscribe(this.channel, (message) => this.heard(message));
    await this.beat();
    this.timer = setInterval(() => void this.beat(), this.heartbeatMs);
    this.timer.unref();
  }

  put(kind: PresenceKind, key: string, value: string | undefined): void {
    const fact = factKey(kind, key);
    if (!this.tally.set(this.self, fact, value) || this.closed) return;
    const v = ++this.version;
    const hash = this.hashOf(this.self);
    const write = this.options.client.multi();
    if (value === undefined) write.hDel(hash, fact);
    else write.hSet(hash, fact, value);
    write.hSet(hash, versionField, String(v)).pExpire(hash, this.ttlMs);
    const change: Change = { n: this.self, v, f: fact, x: value ?? null };
    write.publish(this.channel, JSON.stringify(change));
    // A write lost to a Redis blip is made good by the next heartbeat, which writes everything.
    write.exec().catch((error: unknown) => this.warn(error, 'writing presence'));
  }

  /** The others forget this server now, rather than once its facts expire. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    const gone: Change = { n: this.self, gone: true };
    try {
      await this.options.client
        .multi()
        .del(this.hashOf(this.self))
        .sRem(this.serversKey, this.self)
        .publish(this.channel, JSON.stringify(gone))
        .exec();
    } catch (error) {
      this.warn(error, 'removing presence');
    }
    await this.subscriber?.quit().catch(() => this.subscriber?.destroy());
  }

  /** Renews this server's facts (written whole) and reads every other server's. */
  private async beat(): Promise<void> {
    try {
      const hash = this.hashOf(this.self);
      const facts = Object.fromEntries(this.tally.factsOf(this.self));
      await this.options.client
        .multi()
        .del(hash)
        .hSet(hash, { ...facts, [versionField]: String(this.version) })
        .pExpire(hash, this.ttlMs)
        .sAdd(this.serversKey, this.self)
        .exec();
      await this.readOthers();
    } catch (error) {
      this.warn(error, 'renewing presence');
    }
  }

  private async readOthers(): Promise<void> {
    const servers = (await this.options.client.sMembers(this.serversKey)).filter(
      (server) => server !== this.self,
    );
    const hashes = await Promise.all(
      servers.map((server) => this.options.client.hGetAll(this.hashOf(server))),
    );
    const alive = new Set<string>();
    servers.forEach((server, index) => {
      const read = hashes[index] as Record<string, string>;
      // No hash: the server stopped renewing it (it died) and it expired.
      if (read[versionField] === undefined) {
        void this.options.client.sRem(this.serversKey, server).catch(() => undefined);
        return;
      }
      alive.add(server);
      const v = Number(read[versionField]);
      if (v < (this.versions.get(server) ?? -1)) return;
      this.versions.set(server, v);
      const { [versionField]: _v, ...facts } = read;
      this.tally.replace(server, new Map(Object.entries(facts)));
    });
    for (const holder of this.tally.holderNames())
      if (holder !== this.self && !alive.has(holder)) this.forget(holder);
  }

  /** Another server's change, as it made it. */
  private heard(message: string): void {
    let change: Change;
    try {
      change = JSON.parse(message) as Change;
    } catch {
      return;
    }
    if (change.n === this.self) return;
    if (change.gone) {
      this.forget(change.n);
      return;
    }
    if (change.v === undefined || change.f === undefined) return;
    if (change.v <= (this.versions.get(change.n) ?? -1)) return;
    this.versions.set(change.n, change.v);
    this.tally.set(change.n, change.f, change.x ?? undefined);
  }

  private forget(server: string): void {
    this.versions.delete(server);
    this.tally.drop(server);
  }

  private warn(error: unknown, doing: string): void {
    this.options.logger.warn({ err: error }, `${doing} in Redis failed`);
  }
}
