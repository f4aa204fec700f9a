/**
 * The /operator namespace: what the inbox (or any operator client) and the server say to each
 * other. The client connects with `auth: { token }` (refused with `unauthorized`), gets `hello`,
 * then asks with the client events below, each acknowledged (`Ack`), and hears the server
 * events for the list and for the conversations it has open.
 */
import type {
  Conversation,
  ConversationState,
  ConversationSummary,
  TimelineEntry,
} from '../domain/conversation.js';
import type { Handoff } from '../domain/handoff.js';
import type { ReplyEvent } from './visitor.js';

export const operatorNamespace = '/operator';

/** Events an operator client sends. Anything else is answered with `unknown_event`. */
export const operatorClientEvents = [
  'conversations',
  'open',
  'close',
  'sync',
  'takeover',
  'handback',
  'resolve',
  'message',
  'typing',
  'note',
  'tag',
  'assign',
  'pass',
  'operators',
  'past',
  'peek',
] as const;
export type OperatorClientEvent = (typeof operatorClientEvents)[number];

/** Events the server sends operators. */
export const operatorServerEvents = [
  'hello',
  'conversation',
  'entry',
  'reply',
  'typing',
  'presence',
  'viewers',
  'handoff',
  'assigned',
  'error',
] as const;
export type OperatorServerEvent = (typeof operatorServerEvents)[number];

/** The inbox's view of a conversation in the list (`conversation`, and `conversations`' result). */
export interface OperatorSummary extends Omit<ConversationSummary, 'visitorTexts' | 'facts'> {
  readonly online: boolean;
  readonly viewers: readonly string[];
}

export interface CannedReply {
  readonly shortcut: string;
  readonly text: string | Readonly<Record<string, string>>;
}

/** `hello`: who the token belongs to, sent once per connection. */
export interface OperatorHello {
  readonly name: string;
  readonly role: string;
  readonly canned?: readonly CannedReply[];
}

/** `conversations`: the list, filtered. */
export interface ConversationListFilter {
  readonly state?: ConversationState | readonly ConversationState[];
  readonly lang?: string;
  readonly channel?: 'widget' | 'api' | 'telegram';
  readonly online?: boolean;
  readonly since?: string;
  readonly until?: string;
  readonly q?: string;
  readonly limit?: number;
}

/** `open`, `close`, `takeover`, `handback`, `resolve`: one conversation by id. */
export interface ConversationRef {
  readonly id: string;
}

/** The acknowledgement of `open`: the whole conversation and who else is looking. */
export interface OpenResult {
  readonly conversation: Conversation;
  readonly online: boolean;
  readonly viewers: readonly string[];
}

/** `sync`: the entries after a seq. */
export interface OperatorSyncPayload {
  readonly id: string;
  readonly after: number;
}

/** `message`: an operator's reply; `clientId` makes a resend after a reconnect store once. */
export interface OperatorMessagePayload {
  readonly id: string;
  readonly text: string;
  readonly clientId?: string;
}

/** `note`: a private note on a conversation, kept in its timeline, never shown to the visitor. */
export interface OperatorNotePayload {
  readonly id: string;
  readonly text: string;
}

/** `tag`: a label on a conversation (`#` optional), kept in its timeline. */
export interface OperatorTagPayload {
  readonly id: string;
  readonly tag: string;
}

/**
 * `assign` (managers, admins: any chat to anyone) and `pass` (an agent: a chat of theirs to a
 * colleague of its team): the operator's name.
 */
export interface OperatorAssignPayload {
  readonly id: string;
  readonly operator: string;
}

/** `operators`' result: who may be given chats, and who is online now, for the assign picker. */
export interface OperatorListEntry {
  readonly name: string;
  readonly role: string;
  readonly teams: readonly string[];
  readonly languages: readonly string[];
  readonly online: boolean;
  /** Waiting or taken chats assigned to them now. */
  readonly open: number;
}

/** `assigned`: sent to an operator who was given a chat (the inbox rings). */
export interface AssignedEvent {
  readonly conversationId: string;
  readonly by: string;
  readonly team?: string;
}

export interface OperatorTypingPayload {
  readonly id: string;
  readonly on: boolean;
}

/** `entry`: a new timeline entry of an open conversation, in full. */
export interface OperatorEntryEvent {
  readonly conversationId: string;
  readonly entry: TimelineEntry;
}

/** `reply`: a bot reply being written in an open conversation. */
export interface OperatorReplyEvent extends ReplyEvent {
  readonly conversationId: string;
}

/** `typing`: who is writing in an open conversation; a visitor's draft when previews are on. */
export interface OperatorTypingEvent {
  readonly conversationId: string;
  readonly who: 'bot' | 'operator' | 'visitor';
  readonly name?: string;
  readonly on: boolean;
  readonly draft?: string;
}

export interface PresenceEvent {
  readonly conversationId: string;
  readonly online: boolean;
}

export interface ViewersEvent {
  readonly conversationId: string;
  readonly operators: readonly string[];
}

/** `handoff`: a chat went to a person (or asked for one out of hours): the inbox rings. */
export interface HandoffEvent extends Handoff {
  readonly conversationId: string;
}

/** What ties an earlier conversation to the open one's person (customer memory). */
export type PersonLink = 'visitor' | 'email' | 'phone';

/** One of a person's other conversations, as the inbox card lists it. */
export interface PastConversation {
  readonly id: string;
  readonly channel: ConversationSummary['channel'];
  readonly state: ConversationState;
  readonly lang: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly team?: string;
  readonly assignee?: string;
  readonly rating?: number;
  readonly messages: number;
  /** The first of the visitor's messages the list row keeps. */
  readonly firstQuestion?: string;
  readonly linkedBy: readonly PersonLink[];
}

/**
 * `past` ({ id }): the other conversations of the person in conversation `id` that this operator
 * may see, latest first; `hidden` counts those their role does not reach.
 */
export interface PastResult {
  readonly conversations: readonly PastConversation[];
  readonly hidden: number;
}

/** `peek` ({ id }): a conversation read once, without following it live (no viewers, no updates). */
export interface PeekResult {
  readonly conversation: Conversation;
}
