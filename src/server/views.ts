/**
 * What each side may see of a conversation, made from the stored one. Visitors see messages and
 * state changes (with the operator's name), never internal events, providers or other
 * conversations' data. The shapes themselves are the protocol's (src/protocol).
 */
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
  return entries.map(visitorView).filter((entry): entry is VisitorEntry => entry !== undefined);
}

export function operatorSummary(
  summary: ConversationSummary,
  online: boolean,
  viewers: readonly string[],
): OperatorSummary {
  const { visitorTexts: _visitorTexts, ...rest } = summary;
  return { ...rest, online, viewers };
}
