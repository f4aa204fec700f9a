/**
 * The /visitor namespace: what the widget and the server say to each other. The widget
 * connects with `auth: { token?, lang, page, ... }`, gets a `session`, then sends the client
 * events below (most with an acknowledgement) and receives the server events.
 */
import type { ConversationState } from '../domain/conversation.js';
import type { WireError } from './errors.js';

export const visitorNamespace = '/visitor';

/** Events the widget sends. Anything else is answered with `unknown_event`. */
export const visitorClientEvents = [
  'message',
  'typing',
  'sync',
  'page',
  'lang',
  'identify',
  'rate',
  'human',
  'feedback',
  'transcript',
] as const;
export type VisitorClientEvent = (typeof visitorClientEvents)[number];

/** Events the server sends the widget. */
export const visitorServerEvents = ['session', 'entry', 'reply', 'typing', 'error'] as const;
export type VisitorServerEvent = (typeof visitorServerEvents)[number];

/** `session`: sent once per connection, before anything else. */
export interface VisitorSession {
  readonly token: string;
  readonly visitorId: string;
  /** Null until the visitor's first message (or contact details) makes the conversation. */
  readonly conversationId: string | null;
  readonly state: ConversationState;
  readonly lang: string;
  readonly lastSeq: number;
  readonly identified: boolean;
  /** The operator who has the chat, while it is `human`. */
  readonly operator?: string;
}

export interface VisitorAttachment {
  readonly id?: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly url: string;
}

/**
 * `entry`: what a visitor may see of a conversation's timeline: messages and state changes
 * (with the operator's name), never internal events, providers or other conversations' data.
 */
export interface VisitorEntry {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly kind: 'message' | 'state';
  readonly author?: {
    readonly kind: 'visitor' | 'bot' | 'operator' | 'system';
    readonly name?: string;
  };
  readonly text?: string;
  readonly attachments?: readonly VisitorAttachment[];
  readonly clientId?: string;
  readonly citations?: readonly { id: string; title: string; url?: string }[];
  /** A "did you mean…" reply's topics: the widget shows them as buttons that ask about them. */
  readonly suggestions?: readonly string[];
  /** A reply written from the knowledge (not one of the bot's own texts): the visitor may vote on it. */
  readonly answer?: true;
  /** The visitor's standing vote on this answer, when the same batch of entries holds it. */
  readonly vote?: 'up' | 'down';
  readonly state?: ConversationState;
  readonly operator?: string;
}

/**
 * `reply`: a bot reply as it is written: start, text deltas, then the stored message (an `entry`
 * whose clientId is the replyId) replaces it. A reply written at once has no stream: its stored
 * message is the only event. `reset` voids the text so far (a provider failed mid-reply, or the
 * final text does not continue what was shown); `cancel` drops it (an operator took over).
 */
export interface ReplyEvent {
  readonly replyId: string;
  readonly phase: 'start' | 'delta' | 'reset' | 'cancel';
  readonly text?: string;
}

/** `typing`: the bot or an operator is writing. */
export interface VisitorTyping {
  readonly who: 'bot' | 'operator';
  readonly on: boolean;
  readonly name?: string;
}

/** `message`: text (empty only when files are sent) and the ids of uploaded files. */
export interface VisitorMessagePayload {
  /** The widget's own id for the message, so a resend after a reconnect is stored once. */
  readonly clientId?: string;
  readonly text: string;
  readonly attachments?: readonly string[];
}

/** The acknowledgement of `message`: the stored entry rides on it. */
export interface VisitorMessageResult {
  readonly conversationId: string;
  readonly id: string;
  readonly seq: number;
  readonly duplicate: boolean;
  readonly entry?: VisitorEntry;
}

/** `typing` from the widget: the draft for the operators' live preview, or only `on`. */
export interface VisitorTypingPayload {
  readonly draft?: string;
  readonly on?: boolean;
}

/** `sync`: everything after a seq, acknowledged with `SyncResult`. */
export interface VisitorSyncPayload {
  readonly after: number;
}

export interface VisitorSyncResult {
  readonly entries: readonly VisitorEntry[];
  readonly state: ConversationState;
  readonly lastSeq: number;
}

/** `page`: an SPA navigation. */
export interface VisitorPagePayload {
  readonly url: string;
  readonly title?: string;
  readonly referrer?: string;
  readonly utm?: Readonly<Record<string, string>>;
}

/** `lang`: the page switched language; acknowledged with the language the bot will use. */
export interface VisitorLangPayload {
  readonly lang: string;
}

/**
 * `identify`: the pre-chat form or `Chatbot.identify`; acknowledged with `{ identified }`, and
 * `attributesVerified` when attributes were given (false: dropped, unsigned or badly signed).
 */
export interface VisitorIdentifyPayload {
  readonly name?: string;
  readonly email?: string;
  /** Customer attributes: at most 20, keys `[a-z0-9_]{1,40}`, values ≤ 200 characters. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Hex HMAC-SHA256 of the attributes and email with `identity.secret` (docs/widget.md). */
  readonly signature?: string;
}

/** The acknowledgement of `identify`. */
export interface VisitorIdentifyAck {
  readonly identified: boolean;
  readonly attributesVerified?: boolean;
}

/** `rate`: the visitor's rating of a resolved chat. */
export interface VisitorRatePayload {
  readonly rating: number;
  readonly comment?: string;
}

/** What the server sends on the `error` event (a failed connection, an unknown event). */
export type VisitorErrorEvent = WireError;
