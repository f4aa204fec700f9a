/**
 * src/domain: the shared rules every layer needs, so no layer has to reach up for them.
 * Owns what a conversation is (its states, its timeline of entries, its contact details), the
 * provider attempts recorded on a reply, contact checks, business hours and when a person can
 * take a chat. Must not import any other folder of src/ but errors: the engine (chat), the
 * transports (server, inbox), storage and the AI all build on it, never the other way round.
 *
 * This file: what a conversation is, as stored: the visitor's facts and contact, the state, and
 * one timeline of messages and events numbered by `seq`, so any client can ask for "everything
 * after 41" and get it in order, nothing twice. Types only, and no Node imports, so the protocol
 * (and through it the widget's build) can use them.
 */

import type { Attempt } from './attempt.js';
import type { SummaryFacts } from './conversation-facts.js';

/**
 * `bot` (the AI answers) -> `waiting` (a person was asked for; the visitor sees a wait timer) ->
 * `human` (an operator took it) -> `bot` again (handed back, or nobody came in time) or
 * `resolved`; a visitor writing into a resolved chat reopens it as `bot`. The chat engine makes
 * every transition and stores it as a `state` event; the list is the wire's and the store's too.
 */
export const conversationStates = ['bot', 'waiting', 'human', 'resolved'] as const;
export type ConversationState = (typeof conversationStates)[number];

/** A knowledge block a reply was drawn from, as the visitor and the inbox see it. */
export interface Citation {
  readonly id: string;
  readonly title: string;
  readonly url: string | undefined;
}

export interface ContactDetails {
  readonly name?: string;
  readonly email?: string;
  /** E.164, e.g. +34612345678. */
  readonly phone?: string;
  /** A messenger handle the visitor prefers, e.g. "Telegram @maria" (from the save_lead tool). */
  readonly messenger?: string;
}

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
  /** The reply says the knowledge has no answer (the fallback): recorded for stats and gaps. */
  readonly refusal?: boolean;
  /**
   * The handoff this reply announced: recorded here because one outside business hours changes
   * no state, so no state event would tell it.
   */
  readonly handoff?: { readonly reason: string; readonly humanAvailable: boolean };
  /** The topics of the visitor's message this replies to (src/chat/topics.ts). */
  readonly topics?: readonly string[];
  /** The assistant a routing rule chose to write it (docs/routing.md); absent: the default bot. */
  readonly assistant?: string;
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
  /** A visitor's thumbs up or down on one bot answer (chat/answer-feedback.ts). */
  | 'feedback'
  /** Questions found unanswered at start (a crash, a cut shutdown): answered, or an apology. */
  | 'recovery'
  /** An operator's private note (`{ by, text }`) or tag (`{ by, tag }`): never shown to the visitor. */
  | 'note'
  | 'tag'
  /**
   * Escalation rules fired on a visitor message (`{ rules, priority?, tags?, team?, handoff,
   * notify }`): src/chat/escalation.ts.
   */
  | 'escalation'
  /** The conversation was given to an operator (`{ to, by, team? }`), by hand or automatically. */
  | 'assign'
  /** Taken back from an assignee who was gone too long or revoked (`{ from, reason }`): queued again. */
  | 'unassign'
  /** The chat was put in a team's queue at handoff (`{ team }`), before anyone was assigned. */
  | 'route'
  /** The site's signed customer attributes (`{ attributes }`), set or replaced by identify. */
  | 'attributes';

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
  /** ISO 3166-1 country code looked up from the IP when the conversation began (offline database). */
  country?: string;
  city?: string;
  /**
   * Visits with this conversation: a new one starts after 30 minutes of silence. Above 1, the
   * visitor is a returning one (routing's `returning`, the prompt's visitor.returning).
   */
  visits?: number;
}

/**
 * Where a conversation came in: the website widget, the public chat API (a CRM, a phone
 * system), which operators may want out of their list, or a Telegram chat with the bot.
 */
export type Channel = 'widget' | 'api' | 'telegram';

/** How urgent a chat is: escalation rules raise it; the inbox sorts waiting chats by it. */
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export interface Conversation {
  readonly id: string;
  readonly channel: Channel;
  readonly visitorId?: string;
  readonly externalId?: string;
  readonly createdAt: string;
  updatedAt: string;
  state: ConversationState;
  /**
   * The operator who has the conversation: while it is `human`, or while it is `waiting` once
   * assignment gave it to someone (src/chat/assignment.ts).
   */
  assignee?: string;
  /** The team it was routed to at handoff; none means the shared queue. */
  team?: string;
  /** What the visitor asked about, first seen first (src/chat/topics.ts). */
  readonly topics?: readonly string[];
  /** Set by escalation rules; none means normal. */
  priority?: Priority;
  /**
   * Every tag put on it since this was kept (by operators or escalation rules; each is a `tag`
   * event too), so a rule that keeps matching adds none twice without reading the history.
   */
  readonly tags?: readonly string[];
  /** The assistant routing rules chose for the bot's last reply; none: the default bot. */
  assistant?: string;
  /**
   * Customer attributes the site signed and passed to `Chatbot.identify` (plan, value…):
   * src/chat/customer-attributes.ts. Escalation rules match them with `when.attribute`.
   */
  readonly attributes?: Readonly<Record<string, string>>;
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
  /** The visitor's last rating (1-5), kept with the conversation so the list can filter on it. */
  rating?: number;
  /** When an operator or a bulk command archived it: out of the inbox's default list, still kept. */
  archivedAt?: string;
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
  readonly team?: string;
  readonly topics?: readonly string[];
  readonly priority?: Priority;
  /** The assistant routing chose for the bot's last reply; none: the default bot. */
  readonly assistant?: string;
  /** The site's signed customer attributes (Conversation.attributes). */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly contactName?: string;
  readonly contactEmail?: string;
  readonly contactPhone?: string;
  readonly page?: string;
  /** The first page of the visit: where the visitor came in. */
  readonly entryPage?: string;
  readonly country?: string;
  readonly city?: string;
  readonly utmSource?: string;
  readonly utmMedium?: string;
  readonly utmCampaign?: string;
  readonly rating?: number;
  readonly archivedAt?: string;
  /** The visitor's IP is still stored (retention forgets it after storage.retention.ipAddresses). */
  readonly hasIp?: boolean;
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
  /** What the stats need of the whole history (absent in rows written before it was kept). */
  readonly facts?: SummaryFacts;
}
