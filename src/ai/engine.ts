/**
 * The configured cascade as live objects: one SDK client per link, and one circuit breaker per
 * link that outlives a config reload when the link is unchanged, so a provider that has been
 * failing is not hammered again just because the knowledge changed.
 */
import type { Config, CascadeLink as LinkConfig } from '../config/schema.js';
import { anthropicProvider } from './anthropic-provider.js';
import { CircuitBreaker } from './breaker.js';
import type { CascadeLink } from './cascade.js';
import { offlineProvider } from './offline-provider.js';
import { openAiProvider } from './openai-provider.js';
import type { Provider } from './provider.js';

export class AiEngine {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private built: { ai: Config['ai']; links: CascadeLink[] } | undefined;

  constructor(
    /** Only the offline provider, whatever the config says: `chatbot test` without --live. */
    private readonly offlineOnly = false,
    private readonly now: () => number = Date.now,
  ) {}

  links(config: Config): CascadeLink[] {
    if (this.built?.ai === config.ai) return this.built.links;
    const cascade = this.offlineOnly ? [{ provider: 'offline' as const }] : config.ai.cascade;
    const links = cascade.map((link) => {
      const key = JSON.stringify(link);
      let breaker = this.breakers.get(key);
      if (!breaker) {
        breaker = new CircuitBreaker(
          config.ai.breaker.failures,
          config.ai.breaker.openFor,
          this.now,
        );
        this.breakers.set(key, breaker);
      }
      const timeouts =
        link.provider === 'offline'
          ? { firstTokenMs: 10_000, idleMs: 10_000, totalMs: 10_000 }
          : {
              firstTokenMs: link.timeouts.firstToken,
              idleMs: link.timeouts.idle,
              totalMs: link.timeouts.total,
            };
      return { provider: providerFor(link), timeouts, breaker };
    });
    this.built = { ai: config.ai, links };
    return links;
  }
}

export function linkName(link: LinkConfig): string {
  if (link.name) return link.name;
  return link.provider === 'offline' ? 'offline' : `${link.provider}/${link.model}`;
}

function providerFor(link: LinkConfig): Provider {
  const name = linkName(link);
  switch (link.provider) {
    case 'openai':
      return openAiProvider({
        name,
        model: link.model,
        apiKey: link.apiKey,
        baseURL: link.baseURL,
        organization: link.organization,
        temperature: link.temperature,
        totalTimeoutMs: link.timeouts.total,
      });
    case 'anthropic':
      return anthropicProvider({
        name,
        model: link.model,
        apiKey: link.apiKey,
        baseURL: link.baseURL,
        temperature: link.temperature,
        totalTimeoutMs: link.timeouts.total,
      });
    case 'offline':
      return offlineProvider(name);
  }
}
