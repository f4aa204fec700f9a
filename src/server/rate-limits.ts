/**
 * Rate limits. Each answers "may this go ahead?" and, when not, after how long, so the widget can
 * say so politely. One server counts in memory; servers sharing Redis (cluster.redis) count in
 * Redis, so a visitor whose messages reach several servers meets one limit, not one per server.
 */
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { createClient } from 'redis';

export interface LimitVerdict {
  readonly ok: boolean;
  readonly retryAfterMs: number;
}

export class Limiter {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  async take(key: string): Promise<LimitVerdict> {
    try {
      await this.limiter.consume(key);
      return { ok: true, retryAfterMs: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return { ok: false, retryAfterMs: rejection.msBeforeNext };
      throw rejection;
    }
  }
}

export interface ServerLimits {
  readonly requestsPerIp: Limiter;
  readonly messagesPerConversation: Limiter;
  readonly uploadsPerConversation: Limiter;
}

/** The Redis the servers share, and the prefix that keeps this install's counters apart. */
export interface SharedCounters {
  readonly client: ReturnType<typeof createClient>;
  readonly prefix: string;
}

export function createLimits(
  config: { requestsPerMinute: number; messagesPerMinute: number },
  shared?: SharedCounters,
): ServerLimits {
  const limiter = (name: string, points: number, duration: number) => {
    const memory = new RateLimiterMemory({ points, duration });
    if (!shared) return new Limiter(memory);
    return new Limiter(
      new RateLimiterRedis({
        storeClient: shared.client,
        useRedisPackage: true,
        keyPrefix: `${shared.prefix}:limit:${name}`,
        points,
        duration,
        // Redis unreachable for a moment: each server counts on its own rather than refusing
        // everyone or letting everything through.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      }),
    );
  };
  return {
    requestsPerIp: limiter('requests', config.requestsPerMinute, 60),
    messagesPerConversation: limiter('messages', config.messagesPerMinute, 60),
    uploadsPerConversation: limiter('uploads', 10, 60),
  };
}
