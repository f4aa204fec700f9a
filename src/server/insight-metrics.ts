/**
 * Prometheus counters for knowledge gaps and answer votes (docs/insight.md), on the server's
 * own registry: `chatbot_knowledge_gaps_total{reason,lang}` and
 * `chatbot_answer_votes_total{vote}`. A vote changed later counts again, as a vote cast.
 */
import { Counter, type Registry } from 'prom-client';
import { feedbackOf } from '../chat/answer-feedback.js';
import type { ConversationService } from '../chat/conversation-service.js';

export function attachInsightMetrics(service: ConversationService, registry: Registry): void {
  const gaps = new Counter({
    name: 'chatbot_knowledge_gaps_total',
    help: 'Questions the bot could not answer well, by reason (refused, unsure, handoff, thumbs-down, low-rating) and language.',
    labelNames: ['reason', 'lang'] as const,
    registers: [registry],
  });
  const votes = new Counter({
    name: 'chatbot_answer_votes_total',
    help: 'Visitor votes on bot answers (widget.feedback), up or down.',
    labelNames: ['vote'] as const,
    registers: [registry],
  });
  service.on('gap', (gap) => gaps.inc({ reason: gap.reason, lang: gap.lang }));
  service.on('entry', (_conversationId, entry) => {
    const feedback = feedbackOf(entry);
    if (feedback) votes.inc({ vote: feedback.vote });
  });
}
