/**
 * The configured cascade as live objects: one SDK client per link, and one circuit breaker per
 * link that outlives a config reload when the link is unchanged, so a provider that has been
 * failing is not hammered again just because the knowledge changed. The spending budget
 * (ai.budget) outlives reloads too: it decides per reply whether paid links may be asked.
 */
import type { Config, CascadeLink as LinkConfig } from '../config/schema.js';
import { anthropicProvider } from './anthropic-provider.js';
import { CircuitBreaker } from './breaker.js';
import { type BudgetReached, type Spending, SpendingBudget } from './budget.js';
import type { CascadeLink } from './cascade.js';
import { offlineProvider } from './offline-provider.js';
import { openAiProvider } from './openai-provider.js';
import type { Provider } from './provider.js';

const offlineTimeouts = { firstTokenMs: 10_000, idleMs: 10_000, totalMs: 10_000 };

export class AiEngine {
  private readonly breakers = new Map<string, CircuitBreaker>();
  /** By the ai section they were built from: each assistant with a cascade of its own has one. */
  private readonly built = new WeakMap<Config['ai'], CascadeLink[]>();
  private readonly overBudget = new WeakMap<Config['ai'], CascadeLink[]>();
  private readonly budget: SpendingBudget;

  constructor(
    /** Only the offline provider, whatever the config says: `chatbot test` without --live. */
    private readonly offlineOnly = false,
    private readonly now: () => number = Date.now,
    /** A budget in ai.budget was found spent: once per crossing, for a log line and metrics. */
    onBudgetReached?: (reached: BudgetReached) => void,
    /** A task beside the reply (topic tags) fell back to its offline result: for a log line. */
    private readonly onSideTaskFailed?: (task: string, why: string) => void,
  ) {
    this.budget = new SpendingBudget(now, onBudgetReached);
  }

  /**
   * The links one reply goes through. `budgetKey` names whose visitor budget it spends (the
   * conversation); over a budget, paid links are skipped and the offline answerer answers.
   */
  links(config: Config, budgetKey?: string): CascadeLink[] {
    const links = this.configured(config);
    const settings = config.ai.budget;
    if (!settings || this.offlineOnly) return links;
    if (this.budget.spentScope(settings, budgetKey)) return this.offlineFor(config, links);
    const spend = (spent: Partial<Spending>) => this.budget.spend(settings, budgetKey, spent);
    return links.map((link) =>
      link.provider.kind === 'offline'
        ? link
        : { ...link, provider: metered(link.provider, spend) },
    );
  }

  /** A task beside the reply fell back to its offline result; the visitor sees nothing of it. */
  sideTaskFailed(task: string, why: string): void {
    this.onSideTaskFailed?.(task, why);
  }

  /** Builds the configured links and starts loading their SDKs, so no visitor waits for that. */
  prepare(config: Config): void {
    for (const link of this.configured(config)) link.provider.warm?.();
  }

  /** What paid providers have spent today, for metrics; undefined without ai.budget. */
  spentToday(config: Config): Readonly<Spending> | undefined {
    const settings = config.ai.budget;
    return settings ? this.budget.spentToday(settings.timezone) : undefined;
  }

  private offlineFor(config: Config, links: CascadeLink[]): CascadeLink[] {
    const known = this.overBudget.get(config.ai);
    if (known) return known;
    const marked = links.map(
      (link): CascadeLink =>
        link.provider.kind === 'offline' ? link : { ...link, skipped: 'over-budget' },
    );
    // The offline answerer answers over budget even when the cascade does not list it.
    if (!links.some((link) => link.provider.kind === 'offline'))
      marked.push({
        provider: offlineProvider('offline'),
        timeouts: offlineTimeouts,
        breaker: new CircuitBreaker(
          config.ai.breaker.failures,
          config.ai.breaker.openFor,
          this.now,
        ),
      });
    this.overBudget.set(config.ai, marked);
    return marked;
  }

  private configured(config: Config): CascadeLink[] {
    const known = this.built.get(config.ai);
    if (known) return known;
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
          ? offlineTimeouts
          : {
              firstTokenMs: link.timeouts.firstToken,
              idleMs: link.timeouts.idle,
              totalMs: link.timeouts.total,
            };
      return { provider: providerFor(link), timeouts, breaker };
    });
    this.built.set(config.ai, links);
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

/** A paid provider whose requests and reported tokens are counted against the budget. */
function metered(provider: Provider, spend: (spent: Partial<Spending>) => void): Provider {
  return {
    name: provider.name,
    kind: provider.kind,
    model: provider.model,
    async *stream(request, signal) {
      spend({ calls: 1 });
      for await (const event of provider.stream(request, signal)) {
        if (event.type === 'usage') spend({ tokens: event.input + event.output });
        yield event;
      }
    },
  };
}
