/**
 * Rate limits, kept in memory (one server; the Redis adapter issue moves them to Redis). Each
 * answers "may this go ahead?" and, when not, after how long, so the widget can say so politely.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimitVerdict {
  readonly ok: boolean;
  readonly retryAfterMs: number;
}

export class Limiter {
  private readonly limiter: RateLimiterMemory;

  constructor(points: number, durationSeconds: number) {
    this.limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  }

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

export function createLimits(config: {
  requestsPerMinute: number;
  messagesPerMinute: number;
}): ServerLimits {
  return {
    requestsPerIp: new Limiter(config.requestsPerMinute, 60),
    messagesPerConversation: new Limiter(config.messagesPerMinute, 60),
    uploadsPerConversation: new Limiter(10, 60),
  };
}
