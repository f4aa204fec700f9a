/**
 * What each side may see of a conversation. Visitors see messages and state changes (with the
 * operator's name), never internal events, providers or other conversations' data.
 */
import { feedbackOf } from '../chat/answer-feedback.js';
import type { ConversationSummary, TimelineEntry } from '../store/model.js';

export interface VisitorEntry {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly kind: 'message' | 'state';
  readonly author?: { readonly kind: string; readonly name?: string };
  readonly text?: string;
  readonly attachments?: readonly { name: string; type: string; size: number; url: string }[];
  readonly clientId?: string;
  readonly citations?: readonly { id: string; title: string; url?: string }[];
  /** A "did you mean…" reply's topics: the widget shows them as buttons that ask about them. */
  readonly suggestions?: readonly string[];
  /** A reply written from the knowledge (not one of the bot's own texts): the visitor may vote on it. */
  readonly answer?: true;
  /** The visitor's standing vote on this answer, when the same batch of entries holds it. */
  readonly vote?: 'up' | 'down';
  readonly state?: string;
  readonly operator?: string;
}

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
    const to = String(entry.data.to);
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

/** The inbox's view of a conversation in the list. */
export interface OperatorSummary extends Omit<ConversationSummary, 'visitorTexts'> {
  readonly online: boolean;
  readonly viewers: readonly string[];
}

export function operatorSummary(
  summary: ConversationSummary,
  online: boolean,
  viewers: readonly string[],
): OperatorSummary {
  const { visitorTexts: _visitorTexts, ...rest } = summary;
  return { ...rest, online, viewers };
}
