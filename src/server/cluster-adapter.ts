/**
 * Realtime across servers: socket.io's Redis Streams adapter, so that an event emitted to a
 * room on one server reaches that room's sockets on every server (a visitor on one, an operator
 * on another). Streams rather than plain pub/sub: a server that loses Redis for a moment reads
 * what it missed when it is back, instead of losing those packets.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { SharedCounters } from './rate-limits.js';

export interface ClusterLink {
  /** Makes the socket.io server's rooms span every server on this Redis. */
  attach(io: Server): void;
  /** Where the servers count rate limits together. */
  readonly counters: SharedCounters;
  close(): Promise<void>;
}

/** Connects at start, before the server listens: a wrong address stops the start, with a reason. */
export async function connectCluster(
  settings: { readonly redis: string; readonly name: string },
  logger: Logger,
): Promise<ClusterLink> {
  const url = settings.redis;
  const client = createClient({ url });
  // Reconnects on its own; a blip is logged, not thrown at whoever was emitting.
  client.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis connection error'));
  try {
    await client.connect();
  } catch (cause) {
    await client.destroy();
    throw new ChatbotError(
      'CLUSTER_REDIS_UNREACHABLE',
      `Cannot connect to Redis at ${redactRedis(url)}`,
      {
        cause,
      },
    );
  }
  return {
    counters: { client, prefix: settings.name },
    attach(io) {
      io.adapter(createAdapter(client, { streamName: `${settings.name}:socket.io` }));
    },
    async close() {
      await client.quit().catch(() => client.destroy());
    },
  };
}

function redactRedis(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'cluster.redis';
  }
}
