/**
 * The chat domain's events to sockets, metrics and the log: visitors get their own
 * conversation, operators the list and what they opened.
 *
 * Most events have no operator watching: checking the room first saves building and
 * broadcasting a payload nobody receives, a large share of the work at a thousand messages a
 * second. The rooms checked are this process's own: with cluster.redis their members may be on
 * other servers, so every event is emitted and the adapter carries it.
 */

import type { Namespace } from 'socket.io';
import type { ServerContext } from './context.js';
import { attachInsightMetrics } from './insight-metrics.js';
import { recordKpiMetrics } from './kpi-metrics.js';
import { notFailures, recordAttempts } from './metrics.js';
import { OperatorAudience, relayAgentLists } from './operator-audience.js';
import { operatorSummary, visitorView } from './views.js';

/** Rows changed by a REST call (archiving): every inbox's list gets them again. */
export function announceRows(
  operators: Namespace,
  context: ServerContext,
  ids: readonly string[],
): void {
  const { store, presence } = context;
  const audience = new OperatorAudience(operators);
  for (const id of ids) {
    const summary = store.summary(id);
    if (summary)
      audience.emit(
        id,
        summary,
        'conversation',
        operatorSummary(summary, presence.isOnline(id), presence.viewersOf(id)),
      );
  }
}

export function forwardToSockets(
  visitors: Namespace,
  operators: Namespace,
  context: ServerContext,
  clustered: boolean,
): void {
  const { service, metrics, presence } = context;
  const watched = (namespace: Namespace, room: string, except?: string) => {
    // With cluster.redis the room's members may be on other servers: always emit.
    if (clustered) return true;
    const members = namespace.adapter.rooms.get(room);
    if (!members) return false;
    return members.size > (except !== undefined && members.has(except) ? 1 : 0);
  };
  // The list's updates go to the operators whose role reaches each conversation.
  const listAudience = new OperatorAudience(operators, clustered);
  if (clustered) relayAgentLists(operators);
  service.on('entry', (conversationId, entry, summary, origin) => {
    if (entry.kind === 'message') metrics.messages.inc({ author: entry.author.kind });
    const room = `c:${conversationId}`;
    // The visitor's other tabs, not the one it came from: that one has it in its acknowledgement.
    if (watched(visitors, room, origin)) {
      const view = visitorView(entry);
      const audience = origin === undefined ? visitors.to(room) : visitors.to(room).except(origin);
      if (view) audience.emit('entry', view);
    }
    if (watched(operators, room)) operators.to(room).emit('entry', { conversationId, entry });
    if (clustered || listAudience.listening)
      listAudience.emit(
        conversationId,
        summary,
        'conversation',
        operatorSummary(
          summary,
          presence.isOnline(conversationId),
          presence.viewersOf(conversationId),
        ),
      );
    else listAudience.note(conversationId, summary);
  });
  service.on('reply', (conversationId, event) => {
    const room = `c:${conversationId}`;
    if (watched(visitors, room)) visitors.to(room).emit('reply', event);
    if (watched(operators, room)) operators.to(room).emit('reply', { conversationId, ...event });
  });
  service.on('typing', (conversationId, event) => {
    const room = `c:${conversationId}`;
    if (event.who !== 'visitor' && watched(visitors, room))
      visitors.to(room).emit('typing', {
        who: event.who,
        on: event.on,
        ...(event.name ? { name: event.name } : {}),
      });
    if (watched(operators, room)) operators.to(room).emit('typing', { conversationId, ...event });
  });
  service.on('handoff', (conversationId, notice) => {
    listAudience.emit(conversationId, context.store.summary(conversationId), 'handoff', {
      conversationId,
      ...notice,
    });
  });
}

/** What the domain reports about replies, new and recovered conversations: metrics and log lines. */
export function recordServiceEvents(context: ServerContext): void {
  const { service, metrics, logger } = context;
  attachInsightMetrics(service, metrics.registry);
  recordKpiMetrics(service, metrics.registry, () => context.config().ai.prices ?? {});
  service.on('replied', (conversationId, details) => {
    metrics.replies.inc({
      provider: details.provider,
      outcome: details.failed ? 'fallback' : 'answered',
    });
    metrics.replySeconds.observe({ provider: details.provider }, details.latencyMs / 1000);
    recordAttempts(metrics, details.attempts);
    const failed = details.attempts.filter((a) => !notFailures.has(a.outcome));
    if (failed.length > 0)
      logger.warn(
        { conversationId, attempts: details.attempts },
        `AI provider failed: ${failed.map((a) => `${a.provider} ${a.outcome}`).join(', ')}`,
      );
  });
  service.on('created', (_conversationId, channel) => {
    metrics.conversationsCreated.inc({ channel });
  });
  service.on('recovered', (conversationId, details) => {
    metrics.recoveredQuestions.inc({ outcome: details.action }, details.questions);
    logger.warn(
      { conversationId, ...details },
      details.action === 'apology'
        ? 'a question left unanswered by a restart was too old to answer: the visitor is asked to repeat it'
        : 'a question left unanswered by a restart is being answered',
    );
  });
}
