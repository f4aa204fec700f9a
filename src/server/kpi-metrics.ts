/**
 * The KPIs that are counters, as Prometheus metrics: handoffs by reason, waits nobody took,
 * refusals, ratings, new leads and the estimated cost of provider calls. They count from the
 * server's start, as counters do; `chatbot stats` gives the same numbers over any period from
 * what is stored (docs/insight.md).
 */
import { Counter, type Registry } from 'prom-client';
import type { ConversationService } from '../chat/conversation-service.js';
import { costOf, type Prices } from '../stats/prices.js';

export function recordKpiMetrics(
  service: ConversationService,
  registry: Registry,
  prices: () => Prices,
): void {
  const handoffs = new Counter({
    name: 'chatbot_handoffs_total',
    help: 'Chats handed to a person, by reason (button, keyword, sentiment, repeated-failure, ai-limit, tool, out-of-hours: any request while nobody could be promised).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const waitTimeouts = new Counter({
    name: 'chatbot_wait_timeouts_total',
    help: 'Waits for a person nobody took within handoff.waitTimeout.',
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'chatbot_refusals_total',
    help: 'Bot replies that said the knowledge has no answer.',
    registers: [registry],
  });
  const ratings = new Counter({
    name: 'chatbot_ratings_total',
    help: 'Conversation ratings given by visitors, by rating (1-5).',
    labelNames: ['rating'] as const,
    registers: [registry],
  });
  const leads = new Counter({
    name: 'chatbot_leads_total',
    help: 'New leads: people who left contact details for the first time.',
    registers: [registry],
  });
  const cost = new Counter({
    name: 'chatbot_ai_estimated_cost_total',
    help: 'Estimated cost of provider calls from ai.prices (per 1M tokens), by provider and model; unpriced models are not counted.',
    labelNames: ['provider', 'model'] as const,
    registers: [registry],
  });

  service.on('handoff', (_conversationId, handoff) => {
    if (handoff.reason === 'wait-timeout') waitTimeouts.inc();
    else
      handoffs.inc({
        reason: !handoff.humanAvailable
          ? 'out-of-hours'
          : handoff.reason === 'failed-answers'
            ? 'repeated-failure'
            : handoff.reason,
      });
  });
  service.on('entry', (_conversationId, entry) => {
    if (entry.kind === 'message' && entry.bot?.refusal) refusals.inc();
    if (entry.kind === 'event' && entry.type === 'rating' && typeof entry.data.rating === 'number')
      ratings.inc({ rating: String(entry.data.rating) });
  });
  service.on('lead', (_conversationId, change) => {
    if (change.created) leads.inc();
  });
  service.on('replied', (_conversationId, details) => {
    for (const attempt of details.attempts) {
      if (!attempt.tokens) continue;
      const spent = costOf(prices(), {
        provider: attempt.provider,
        model: attempt.model,
        inputTokens: attempt.tokens.input,
        outputTokens: attempt.tokens.output,
      });
      if (spent) cost.inc({ provider: attempt.provider, model: attempt.model }, spent);
    }
  });
}
