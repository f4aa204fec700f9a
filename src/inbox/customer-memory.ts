/**
 * Customer memory in the inbox: the open chat's person's other conversations (the same visitor,
 * email or phone), listed on the card and in a picker (`h`), and one of them read without
 * following it (read-only). The server filters the list by what this operator's role reaches
 * and counts the rest (`hidden`).
 */
import type { Conversation } from '../domain/conversation.js';
import type { PastConversation, PastResult } from '../protocol/operator.js';
import { stateLabel } from './format.js';
import type { OpenConversation } from './inbox-client.js';

/** What the inbox can ask the server for: the client's acknowledged request. */
export interface MemoryRequests {
  request(event: string, payload: unknown): Promise<Record<string, unknown> | undefined>;
}

/** The person's other conversations, for the chat `forId`. */
export interface PastList extends PastResult {
  readonly forId: string;
}

export async function loadPast(client: MemoryRequests, id: string): Promise<PastList | undefined> {
  const ack = await client.request('past', { id });
  // A server from before customer memory answers no list: nothing to show.
  if (!Array.isArray(ack?.conversations)) return undefined;
  const result = ack as unknown as PastResult;
  return { forId: id, conversations: result.conversations, hidden: Number(result.hidden) || 0 };
}

/** One conversation read once, not followed: no viewers shown, no live updates. */
export async function peekConversation(
  client: MemoryRequests,
  id: string,
): Promise<Conversation | undefined> {
  const ack = await client.request('peek', { id });
  return (ack?.conversation as Conversation | undefined) ?? undefined;
}

/** "3 Nov". */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getDate()} ${date.toLocaleString('en', { month: 'short' })}`;
}

/** The card's line: how many earlier chats, the latest one, and the key that lists them. */
export function pastCardLine(past: PastList | undefined): string | undefined {
  if (!past || (past.conversations.length === 0 && past.hidden === 0)) return undefined;
  const [latest] = past.conversations;
  const count = past.conversations.length;
  const others = past.hidden > 0 ? ` (+${past.hidden} not yours)` : '';
  if (!latest) return `earlier: ${past.hidden} chats not yours to open`;
  const first = latest.firstQuestion ? ` "${latest.firstQuestion}"` : '';
  return `earlier: ${count} chat${count === 1 ? '' : 's'}${others} · h lists · ${shortDate(latest.createdAt)} ${stateLabel[latest.state]}${first}`;
}

/** One row of the picker: when, how it ended, how big, what links it, what was asked. */
export function pastRow(past: PastConversation): string {
  const who = past.assignee ? ` ${past.assignee}` : '';
  const first = past.firstQuestion ? ` "${past.firstQuestion}"` : '';
  return `${shortDate(past.createdAt)} ${stateLabel[past.state]}${who} · ${past.messages} msgs · by ${past.linkedBy.join('+')}${first}`;
}

/** A peeked conversation in the shape the transcript renders. */
export function asOpen(conversation: Conversation): OpenConversation {
  const { timeline, ...rest } = conversation;
  return {
    id: conversation.id,
    conversation: rest,
    entries: timeline,
    streams: {},
    draft: '',
    visitorTyping: false,
    online: false,
    viewers: [],
  };
}
