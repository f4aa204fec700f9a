/**
 * How a conversation maps onto its rows: the meta document (everything but the timeline and
 * the two counters the row keeps as columns), the timeline entries, and the list row.
 */
import type {
  Conversation,
  ConversationSummary,
  TimelineEntry,
} from '../../domain/conversation.js';
import { resendable, summarize, summarizeAppend } from '../summaries.js';

export interface ConversationRow {
  readonly meta: Omit<Conversation, 'timeline' | 'lastSeq' | 'updatedAt'>;
  readonly last_seq: number;
  readonly updated_at: string;
  readonly summary: ConversationSummary;
  /** The latest entries, oldest first (the window a reply or a resync needs). */
  readonly recent: TimelineEntry[];
}

/** Columns of a conversation and its latest `$2` entries; `lock` makes it FOR UPDATE. */
export function selectConversation(lock: boolean): string {
  return `SELECT c.meta, c.last_seq, c.updated_at, c.summary,
      (SELECT coalesce(jsonb_agg(w.entry ORDER BY w.seq), '[]'::jsonb)
         FROM (SELECT e.entry, e.seq FROM entries e WHERE e.conversation_id = c.id
               ORDER BY e.seq DESC LIMIT $2) w) AS recent
    FROM conversations c WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`;
}

export function conversationOf(row: ConversationRow): Conversation {
  return {
    ...row.meta,
    lastSeq: row.last_seq,
    updatedAt: row.updated_at,
    timeline: [...row.recent],
  };
}

/** The meta column of a conversation, as JSON. */
export function metaJson(conversation: Conversation): string {
  const { timeline: _timeline, lastSeq: _lastSeq, updatedAt: _updatedAt, ...meta } = conversation;
  return JSON.stringify(meta);
}

/**
 * The list row of a whole timeline, built as the live appends built it: the first entry starts
 * the row, every later one updates it.
 */
export function summaryOfAll(
  conversation: Conversation,
  entries: readonly TimelineEntry[],
): ConversationSummary {
  let summary: ConversationSummary | undefined;
  for (const entry of entries)
    summary = summary
      ? summarizeAppend(summary, conversation, entry)
      : summarize({ ...conversation, timeline: [entry] });
  return summary ?? summarize({ ...conversation, timeline: [] });
}

/**
 * The (author kind, client id) the unique index `entries_client_id` holds for an entry. A resend
 * of a visitor's or operator's message carries its client id again. A bot reply is keyed by the
 * question it answers, so when two servers answer the same question (both recovering it after a
 * crash) the second reply is refused like a resend and only one reaches the visitor.
 */
export function uniqueKey(entry: TimelineEntry): [string, string] | [null, null] {
  if (resendable(entry)) return [entry.author.kind, entry.clientId];
  if (entry.kind === 'message' && entry.author.kind === 'bot' && entry.bot?.inReplyTo !== undefined)
    return ['bot', `reply-to:${entry.bot.inReplyTo}`];
  return [null, null];
}
