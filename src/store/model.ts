/**
 * What a conversation is, as stored: the visitor's facts and contact, the state, and one
 * timeline of messages and events numbered by `seq`, so any client can ask for "everything after
 * 41" and get it in order, nothing twice.
 */

import type { Attempt } from '../ai/cascade.js';
import type { ConversationState } from '../chat/bot-turn.js';
import type { ContactDetails } from '../chat/contact-details.js';
import type { Citation } from '../kb/language-knowledge.js';

export type Author =
  | { readonly kind: 'visitor' }
  | { readonly kind: 'bot' }
  | { readonly kind: 'operator'; readonly name: string }
  | { readonly kind: 'system' };

export interface Attachment {
  readonly id: string;
  /** The visitor's file name, cleaned; never used as a path. */
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly url: string;
}

export interface BotReplyDetails {
  readonly citations: readonly Citation[];
  /** The topics a "did you mean…" reply offers as buttons. */
  readonly suggestions?: readonly Citation[];
  /** The cascade link that wrote the reply, or "bot" for the bot's own texts. */
  readonly provider: string;
  readonly model?: string;
  readonly latencyMs: number;
  readonly failed: boolean;
  /** Every provider tried, in order: outcome, first-token and total time, tokens. */
  readonly attempts?: readonly Attempt[];
  /** The seq of the visitor's message this replies to (absent in replies stored before it was). */
  readonly inReplyTo?: number;
}

export interface MessageEntry {
  readonly kind: 'message';
  readonly seq: number;
  /** Unguessable: 128 random bits. */
  readonly id: string;
  readonly at: string;
  readonly author: Author;
  readonly text: string;
  readonly attachments: readonly Attachment[];
  /** The sender's own id for the message, so a resend after a reconnect is not stored twice. */
  readonly clientId?: string;
  readonly bot?: BotReplyDetails;
}

export type EventType =
  | 'state'
  | 'lead'
  | 'page'
  | 'rating'
  | 'handoff-request'
  | 'wait-timeout'
  /** Operator replies also go to the visitor by email (docs/channels.md): `{ email? }`. */
  | 'email-follow-up'
  /** Questions found unanswered at start (a crash, a cut shutdown): answered, or an apology. */
  | 'recovery';

export interface EventEntry {
  readonly kind: 'event';
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: EventType;
  readonly data: Readonly<Record<string, unknown>>;
}

export type TimelineEntry = MessageEntry | EventEntry;
export type NewTimelineEntry =
  | Omit<MessageEntry, 'seq' | 'id' | 'at'>
  | Omit<EventEntry, 'seq' | 'id' | 'at'>;

export interface PageVisit {
  readonly url: string;
  readonly title?: string;
  readonly at: string;
}

export interface VisitorFacts {
  page?: string;
  pageTitle?: string;
  referrer?: string;
  utm: Record<string, string>;
  userAgent?: string;
  timezone?: string;
  ip?: string;
  firstSeen: string;
  lastSeen: string;
  pages: PageVisit[];
}

/**
 * Where a conversation came in: the website widget, the public chat API (a CRM, a phone
 * system), which operators may want out of their list, or a Telegram chat with the bot.
 */
export type Channel = 'widget' | 'api' | 'telegram';

export interface Conversation {
  readonly id: string;
  readonly channel: Channel;
  readonly visitorId?: string;
  readonly externalId?: string;
  readonly createdAt: string;
  updatedAt: string;
  state: ConversationState;
  /** The operator who has the conversation, while it is `human`. */
  assignee?: string;
  /** When it entered `waiting`, for the wait timer and the inbox. */
  waitingSince?: string;
  /**
   * When the visitor asked for a person and none could be promised (outside business hours, or
   * nobody took the wait), so the chat stayed with the bot: the inbox marks it for an operator
   * who is there anyway. Cleared when a person takes it, it is resolved, or it waits again.
   */
  askedForPersonAt?: string;
  lang: string;
  visitor: VisitorFacts;
  contact: ContactDetails;
  bot: { failedInARow: number; aiReplies: number };
  uploads: Attachment[];
  lastSeq: number;
  /**
   * The most recent entries (at least the last 12; the store keeps a window in memory). The
   * whole history is Store.entriesAfter(id, 0).
   */
  timeline: TimelineEntry[];
}

/** One line of the conversation list: what the index keeps for every conversation. */
export interface ConversationSummary {
  readonly id: string;
  readonly channel: Channel;
  readonly visitorId?: string;
  readonly externalId?: string;
  readonly state: ConversationState;
  readonly lang: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly waitingSince?: string;
  readonly askedForPersonAt?: string;
  readonly assignee?: string;
  readonly contactName?: string;
  readonly contactEmail?: string;
  readonly contactPhone?: string;
  readonly page?: string;
  readonly messages: number;
  readonly lastMessage?: {
    readonly text: string;
    readonly author: Author['kind'];
    readonly at: string;
  };
  /**
   * The visitor's most recent messages, for search: references to the messages' own strings,
   * so keeping them up to date makes no new text on every message.
   */
  readonly visitorTexts: readonly string[];
}

/** How many of the visitor's messages the list keeps for search: the most recent ones. */
const searchedMessages = 20;

/** The start of a message the list row shows; the text itself when short (no copy to keep). */
function preview(text: string): string {
  return text.length > 200 ? text.slice(0, 200) : text;
}

/**
 * The fields a summary copies straight from the conversation, but its id. Every literal here opens
 * with a plain key: in V8 a literal that opens with a spread gets a hidden class of its own, and a
 * thousand chats replacing their summaries every second would make thousands of classes a second.
 */
function summaryFields(conversation: Conversation) {
  const contact = conversation.contact;
  return {
    channel: conversation.channel,
    state: conversation.state,
    lang: conversation.lang,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    ...(conversation.visitorId ? { visitorId: conversation.visitorId } : {}),
    ...(conversation.externalId ? { externalId: conversation.externalId } : {}),
    ...(conversation.waitingSince ? { waitingSince: conversation.waitingSince } : {}),
    ...(conversation.askedForPersonAt ? { askedForPersonAt: conversation.askedForPersonAt } : {}),
    ...(conversation.assignee ? { assignee: conversation.assignee } : {}),
    ...(contact.name ? { contactName: contact.name } : {}),
    ...(contact.email ? { contactEmail: contact.email } : {}),
    ...(contact.phone ? { contactPhone: contact.phone } : {}),
    ...(conversation.visitor.page ? { page: conversation.visitor.page } : {}),
  };
}

/** The summary of a whole conversation, reading its timeline (on load and rebuild). */
export function summarize(conversation: Conversation): ConversationSummary {
  const messages = conversation.timeline.filter(
    (entry): entry is MessageEntry => entry.kind === 'message',
  );
  const last = messages[messages.length - 1];
  return {
    id: conversation.id,
    ...summaryFields(conversation),
    messages: messages.length,
    ...(last
      ? { lastMessage: { text: preview(last.text), author: last.author.kind, at: last.at } }
      : {}),
    visitorTexts: messages
      .filter((message) => message.author.kind === 'visitor')
      .slice(-searchedMessages)
      .map((message) => message.text),
  };
}

/**
 * The summary after one more entry. Constant work per message, where summarize() reads the whole
 * timeline. A message that changes nothing else in the list row (the usual case: a question, a
 * reply) updates the row in place, since every chat replacing its row on every message was
 * memory the collector had to promote and trace; anything else makes a new row that shares the
 * previous one's unchanged parts. Rows are read and serialized at once, never kept by callers.
 */
export function summarizeAppend(
  previous: ConversationSummary | undefined,
  conversation: Conversation,
  entry: TimelineEntry,
): ConversationSummary {
  if (!previous) return summarize(conversation);
  if (entry.kind === 'message' && previous.lastMessage && onlyTimeChanged(previous, conversation)) {
    const row = previous as Mutable<ConversationSummary>;
    const last = previous.lastMessage as Mutable<NonNullable<ConversationSummary['lastMessage']>>;
    row.updatedAt = conversation.updatedAt;
    row.messages = previous.messages + 1;
    last.text = preview(entry.text);
    last.author = entry.author.kind;
    last.at = entry.at;
    if (entry.author.kind === 'visitor') {
      const texts = previous.visitorTexts as string[];
      texts.push(entry.text);
      if (texts.length > searchedMessages) texts.shift();
    }
    return previous;
  }
  if (entry.kind !== 'message') {
    return {
      id: conversation.id,
      ...summaryFields(conversation),
      messages: previous.messages,
      ...(previous.lastMessage ? { lastMessage: previous.lastMessage } : {}),
      visitorTexts: previous.visitorTexts,
    };
  }
  const visitorTexts =
    entry.author.kind === 'visitor'
      ? [...previous.visitorTexts.slice(1 - searchedMessages), entry.text]
      : previous.visitorTexts;
  return {
    id: conversation.id,
    ...summaryFields(conversation),
    messages: previous.messages + 1,
    lastMessage: {
      text: preview(entry.text),
      author: entry.author.kind,
      at: entry.at,
    },
    visitorTexts,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether the conversation's list fields are the row's, but for the time of the last change. */
function onlyTimeChanged(row: ConversationSummary, conversation: Conversation): boolean {
  const contact = conversation.contact;
  return (
    row.state === conversation.state &&
    row.lang === conversation.lang &&
    row.waitingSince === conversation.waitingSince &&
    row.askedForPersonAt === conversation.askedForPersonAt &&
    row.assignee === conversation.assignee &&
    row.contactName === contact.name &&
    row.contactEmail === contact.email &&
    row.contactPhone === contact.phone &&
    row.page === conversation.visitor.page
  );
}

/**
 * The channel of a stored conversation or list row. Conversations stored before channels were
 * recorded have none: the public API is the only way to one with an external id.
 */
export function channelOf(stored: { channel?: Channel; externalId?: string }): Channel {
  return stored.channel ?? (stored.externalId ? 'api' : 'widget');
}

/** What a text search looks through: the visitor's recent messages and their contact details. */
export function searchableText(summary: ConversationSummary): string {
  return `${summary.visitorTexts.join(' ')} ${summary.contactName ?? ''} ${summary.contactEmail ?? ''} ${summary.contactPhone ?? ''}`.toLowerCase();
}
