/**
 * Tells the owner about leads and handoffs without ever holding up a chat: a notification is
 * written to an outbox (data/outbox.json) and sent in the background; a failed send stays in
 * the outbox and is retried with exponential backoff (or when the service said to), across
 * restarts, until it is delivered.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import type { Logger } from 'pino';
import { compactId } from '../store/ids.js';
import { privateJsonFile } from '../store/private-files.js';
import type { Channel, Notification } from './channels.js';

interface Delivery {
  readonly id: string;
  readonly channel: string;
  readonly notification: Notification;
  readonly createdAt: string;
  attempts: number;
  nextAt: number;
  lastError?: string;
}

interface OutboxFile {
  deliveries: Delivery[];
}

export interface NotifierOptions {
  readonly logger?: Pick<Logger, 'warn' | 'info'>;
  readonly now?: () => number;
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

export class Notifier {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  private readonly now: () => number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  private constructor(
    private readonly db: Low<OutboxFile>,
    private channels: readonly Channel[],
    private readonly options: NotifierOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
  }

  static async open(
    dataDir: string,
    channels: readonly Channel[],
    options: NotifierOptions = {},
  ): Promise<Notifier> {
    // Not lowdb's JSONFilePreset: under NODE_ENV=test it keeps data in memory only.
    const db = new Low<OutboxFile>(privateJsonFile(path.join(dataDir, 'outbox.json')), {
      deliveries: [],
    });
    await db.read();
    const notifier = new Notifier(db, channels, options);
    notifier.schedule();
    return notifier;
  }

  /** The config changed: later deliveries use the new channels. */
  setChannels(channels: readonly Channel[]): void {
    this.channels = channels;
  }

  /** Queues the notification for every channel that wants it; returns once it is on disk. */
  async notify(notification: Notification): Promise<void> {
    const wanted = this.channels.filter((channel) => channel.wants(notification.type));
    if (wanted.length === 0 || this.closed) return;
    const createdAt = new Date(this.now()).toISOString();
    for (const channel of wanted)
      this.db.data.deliveries.push({
        id: compactId(),
        channel: channel.key,
        notification,
        createdAt,
        attempts: 0,
        nextAt: this.now(),
      });
    await this.db.write();
    this.schedule(0);
  }

  /**
   * Drops deliveries not yet made whose notification `match` chooses (given as JSON): an erased
   * person's lead must not be sent on after the erasure. Returns how many were dropped.
   */
  async forget(match: (notification: string) => boolean): Promise<number> {
    const before = this.db.data.deliveries;
    const kept = before.filter((delivery) => !match(JSON.stringify(delivery.notification)));
    if (kept.length === before.length) return 0;
    this.db.data.deliveries = kept;
    await this.db.write();
    return before.length - kept.length;
  }

  /** Deliveries not yet made: what a restart will pick up. */
  pending(): readonly Delivery[] {
    return this.db.data.deliveries;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs?: number): void {
    if (this.closed) return;
    const next = Math.min(...this.db.data.deliveries.map((delivery) => delivery.nextAt));
    if (!Number.isFinite(next)) return;
    const wait = delayMs ?? Math.max(0, next - this.now());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.deliverDue(), Math.min(wait, 2 ** 31 - 1));
    this.timer.unref();
  }

  private deliverDue(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.sendDue().finally(() => {
      this.running = undefined;
      this.schedule();
    });
    return this.running;
  }

  private async sendDue(): Promise<void> {
    const now = this.now();
    const due = this.db.data.deliveries.filter((delivery) => delivery.nextAt <= now);
    if (due.length === 0) return;
    await Promise.all(due.map((delivery) => this.attempt(delivery)));
    await this.db.write();
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const channel = this.channels.find((candidate) => candidate.key === delivery.channel);
    if (!channel) {
      this.options.logger?.warn(
        { channel: delivery.channel, type: delivery.notification.type },
        'notification dropped: its channel is no longer configured',
      );
      this.remove(delivery);
      return;
    }
    const outcome = await channel.send(delivery.notification, delivery.id, delivery.createdAt);
    if (outcome.ok) {
      this.remove(delivery);
      return;
    }
    delivery.attempts++;
    delivery.lastError = outcome.error ?? 'failed';
    const backoff = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (delivery.attempts - 1));
    const asked = (outcome.retryAfterSeconds ?? 0) * 1000;
    delivery.nextAt = this.now() + Math.max(backoff, asked);
    this.options.logger?.warn(
      { channel: channel.label, attempts: delivery.attempts, error: delivery.lastError },
      'notification failed; it will be retried',
    );
  }

  private remove(delivery: Delivery): void {
    const deliveries = this.db.data.deliveries;
    const index = deliveries.indexOf(delivery);
    if (index >= 0) deliveries.splice(index, 1);
  }
}
