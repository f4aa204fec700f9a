/**
 * What each side may see of a conversation, made from the stored one. Visitors see messages and
 * state changes (with the operator's name), never internal events, providers or other
 * conversations' data. The shapes themselves are the protocol's (src/protocol).
 */
import { feedbackOf } from '../chat/answer-feedback.js';
import type {
  ConversationState,
  ConversationSummary,
  TimelineEntry,
} from '../domain/conversation.js';
import type { OperatorSummary } from '../protocol/operator.js';
import type { VisitorEntry } from '../protocol/visitor.js';

export function visitorView(entry: TimelineEntry): VisitorEntry | undefined {
  if (entry.kind === 'message') {
    const showClientId =
      entry.clientId && (entry.author.kind === 'visitor' || entry.author.kind === 'bot');
    return {
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      kind: 'message',
      author:
        entry.author.kind === 'operator'
          ? { kind: 'operator', name: entry.author.name }
          : { kind: entry.author.kind },
      text: entry.text,
      attachments: entry.attachments.map(({ name, type, size, url }) => ({
        name,
        type,
        size,
        url,
      })),
      ...(showClientId ? { clientId: entry.clientId } : {}),
      ...(entry.bot
        ? {
            citations: entry.bot.citations.map((c) => ({
              id: c.id,
              title: c.title,
              ...(c.url ? { url: c.url } : {}),
            })),
            ...(entry.bot.suggestions?.length
              ? { suggestions: entry.bot.suggestions.map((topic) => topic.title) }
              : {}),
            ...(entry.bot.provider !== 'bot' ? { answer: true as const } : {}),
          }
        : {}),
    };
  }
  if (entry.type === 'state') {
    // Written by the engine's state changes only, so always one of the states.
    const to = String(entry.data.to) as ConversationState;
    const by = entry.data.by;
    return {
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      kind: 'state',
      state: to,
      ...(to === 'human' && typeof by === 'string' ? { operator: by } : {}),
    };
  }
  return undefined;
}

export function visitorViews(entries: readonly TimelineEntry[]): VisitorEntry[] {
  // Votes are events visitors are not sent: their last value rides on the answer instead, so a
  // reloaded page shows the thumb the visitor chose.
  const votes = new Map<string, 'up' | 'down'>();
  for (const entry of entries) {
    const feedback = feedbackOf(entry);
    if (feedback) votes.set(feedback.messageId, feedback.vote);
  }
  return entries
    .map(visitorView)
    .filter((entry): entry is VisitorEntry => entry !== undefined)
    .map((view) => {
      const vote = votes.get(view.id);
      return vote ? { ...view, vote } : view;
    });
}

export function operatorSummary(
  summary: ConversationSummary,
  online: boolean,
  viewers: readonly string[],
): OperatorSummary {
  // The search texts and the stats facts are the server's: the inbox shows neither.
  const { visitorTexts: _visitorTexts, facts: _facts, ...rest } = summary;
  return { ...rest, online, viewers };
}
