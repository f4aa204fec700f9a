/**
 * Prometheus metrics, in a registry of this server's own (tests run several servers in one
 * process; the default global registry would mix them).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Spending } from '../ai/budget.js';
import type { Attempt } from '../domain/attempt.js';

export interface MetricSources {
  /** What paid providers spent today (ai.budget), read at each scrape. */
  readonly aiSpentToday?: () => Readonly<Spending> | undefined;
}

export function createMetrics(sources: MetricSources = {}) {
  const registry = new Registry();
  // Spread in this order: the registry lists metrics in the order they were made.
  return {
    registry,
    ...conversationMetrics(registry),
    ...replyMetrics(registry, sources),
    ...knowledgeMetrics(registry),
    ...refusalMetrics(registry),
  };
}

/** Who is connected, and the conversations and messages they make. */
function conversationMetrics(registry: Registry) {
  return {
    visitorsOnline: new Gauge({
      name: 'chatbot_visitors_online',
      help: 'Visitors with at least one tab connected.',
      registers: [registry],
    }),
    operatorsOnline: new Gauge({
      name: 'chatbot_operators_online',
      help: 'Operators connected.',
      registers: [registry],
    }),
    visitorSessions: new Counter({
      name: 'chatbot_visitor_sessions_total',
      help: 'Widget connections opened, whether or not the visitor went on to write.',
      registers: [registry],
    }),
    conversationsCreated: new Counter({
      name: 'chatbot_conversations_created_total',
      help: 'Conversations created, by channel (widget, api).',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    recoveredQuestions: new Counter({
      name: 'chatbot_recovered_questions_total',
      help: 'Questions found unanswered at start (a crash or a cut shutdown), by outcome (answered, apology).',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    messages: new Counter({
      name: 'chatbot_messages_total',
      help: 'Messages stored, by author.',
      labelNames: ['author'] as const,
      registers: [registry],
    }),
  };
}

/** Bot replies, and what the AI providers did for them. */
function replyMetrics(registry: Registry, sources: MetricSources) {
  return {
    replies: new Counter({
      name: 'chatbot_bot_replies_total',
      help: 'Bot replies, by provider and outcome.',
      labelNames: ['provider', 'outcome'] as const,
      registers: [registry],
    }),
    replySeconds: new Histogram({
      name: 'chatbot_bot_reply_seconds',
      help: 'Time from a visitor message to the stored bot reply.',
      labelNames: ['provider'] as const,
      buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    providerFailures: new Counter({
      name: 'chatbot_provider_failures_total',
      help: 'AI provider attempts that failed, by provider and reason.',
      labelNames: ['provider', 'reason'] as const,
      registers: [registry],
    }),
    aiAttempts: new Counter({
      name: 'chatbot_ai_attempts_total',
      help: 'Cascade attempts, by provider and outcome (ok, breaker-open, first-token-timeout, …).',
      labelNames: ['provider', 'outcome'] as const,
      registers: [registry],
    }),
    aiFirstTokenSeconds: new Histogram({
      name: 'chatbot_ai_first_token_seconds',
      help: 'Time from a request to a provider to its first token.',
      labelNames: ['provider'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15],
      registers: [registry],
    }),
    aiTokens: new Counter({
      name: 'chatbot_ai_tokens_total',
      help: 'Tokens used, by provider and kind (input, output).',
      labelNames: ['provider', 'kind'] as const,
      registers: [registry],
    }),
    aiBudgetReached: new Counter({
      name: 'chatbot_ai_budget_reached_total',
      help: 'Times a daily budget in ai.budget was found spent (scope bot or visitor): from then on paid providers are skipped in that scope until the day ends.',
      labelNames: ['scope'] as const,
      registers: [registry],
    }),
    aiBudgetSpent: new Gauge({
      name: 'chatbot_ai_budget_spent',
      help: 'What paid providers have spent today, the whole bot: calls and tokens.',
      labelNames: ['kind'] as const,
      registers: [registry],
      collect() {
        const spent = sources.aiSpentToday?.();
        if (!spent) return;
        this.set({ kind: 'calls' }, spent.calls);
        this.set({ kind: 'tokens' }, spent.tokens);
      },
    }),
  };
}

/** The knowledge served, and its reloads. */
function knowledgeMetrics(registry: Registry) {
  return {
    knowledge: new Gauge({
      name: 'chatbot_knowledge_info',
      help: 'The knowledge version being served (value 1).',
      labelNames: ['version', 'snapshot'] as const,
      registers: [registry],
    }),
    knowledgeReloads: new Counter({
      name: 'chatbot_knowledge_reloads_total',
      help: 'Knowledge reloads, by outcome.',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
  };
}

/** What the origin check and the rate limits turned away. */
function refusalMetrics(registry: Registry) {
  return {
    originsRefused: new Counter({
      name: 'chatbot_origins_refused_total',
      help: 'Browser requests and socket connections refused because their origin is not in server.origins.',
      labelNames: ['via'] as const,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'chatbot_rate_limited_total',
      help: 'Requests and messages refused by a rate limit.',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Outcomes that say nothing against the provider: it answered, or was not asked. */
export const notFailures: ReadonlySet<Attempt['outcome']> = new Set([
  'ok',
  'cancelled',
  'over-budget',
]);

/** One reply's cascade attempts: outcomes, failures, first-token times and tokens per provider. */
export function recordAttempts(metrics: Metrics, attempts: readonly Attempt[]): void {
  for (const attempt of attempts) {
    const provider = attempt.provider;
    metrics.aiAttempts.inc({ provider, outcome: attempt.outcome });
    if (!notFailures.has(attempt.outcome))
      metrics.providerFailures.inc({ provider, reason: attempt.outcome });
    if (attempt.firstTokenMs !== undefined)
      metrics.aiFirstTokenSeconds.observe({ provider }, attempt.firstTokenMs / 1000);
    if (attempt.tokens) {
      metrics.aiTokens.inc({ provider, kind: 'input' }, attempt.tokens.input);
      metrics.aiTokens.inc({ provider, kind: 'output' }, attempt.tokens.output);
    }
  }
}
