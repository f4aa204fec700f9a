/**
 * The storage interface the chat domain writes through. One driver per backend: lowdb
 * (embedded, the default) and PostgreSQL. Every method that changes something resolves only
 * once the change is durable (on disk, or committed): "acknowledged" means "written". What each
 * method must do is pinned by the conformance suite in test/store/conformance/, which every
 * driver runs.
 * Must not import server or socket code.
 */

import type {
  Channel,
  Conversation,
  ConversationState,
  ConversationSummary,
  NewTimelineEntry,
  TimelineEntry,
  VisitorFacts,
} from '../domain/conversation.js';
import type { GapFilter, GapRecord } from './gap-log.js';
import type { RecordStore } from './records.js';

export interface NewConversation {
  readonly visitorId?: string;
  readonly externalId?: string;
  /** Default: `api` for a conversation with an external id, `widget` otherwise. */
  readonly channel?: Channel;
  readonly lang: string;
  readonly visitor?: Partial<VisitorFacts>;
}

export interface ConversationFilter {
  readonly state?: ConversationState | readonly ConversationState[];
  readonly lang?: string;
  readonly channel?: Channel;
  readonly since?: string;
  readonly until?: string;
  /** Words that must all appear in the visitor's messages or contact details. */
  readonly text?: string;
  /**
   * One person's conversations (customer memory): those with this visitor id, this email or
   * this phone, any one of them.
   */
  readonly person?: PersonKeys;
  readonly limit?: number;
}

/** What ties conversations to one person; an email is compared in lower case. */
export interface PersonKeys {
  readonly visitorId?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
}

/**
 * Fields a message or event changes with it, stored in the same log line. `undefined` clears a
 * field. A plain object rather than a callback: the store writes exactly this, with no copy of
 * the conversation to diff (at a thousand messages a second, that copy was a third of the
 * memory the collector had to promote).
 */
export type ConversationPatch = Partial<
  Pick<
    Conversation,
    | 'state'
    | 'assignee'
    | 'team'
    | 'topics'
    | 'priority'
    | 'tags'
    | 'assistant'
    | 'attributes'
    | 'waitingSince'
    | 'askedForPersonAt'
    | 'contact'
    | 'bot'
    | 'rating'
  >
>;

export interface AppendResult {
  readonly entry: TimelineEntry;
  /** False when the entry was a resend (same clientId) and nothing new was written. */
  readonly created: boolean;
  readonly conversation: Conversation;
}

/** Conversations, and the leads and operators beside them (RecordStore). */
export interface Store extends RecordStore {
  open(): Promise<void>;
  /** Writes everything pending (the index) and releases the data directory. */
  close(): Promise<void>;
  create(init: NewConversation): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  /**
   * Stores shared by several servers (PostgreSQL) run a job that must not run twice at once on
   * one server at a time: false when another server is running it now, and this one skips.
   * Absent when the store has one server (lowdb), which runs every job itself.
   */
  runAlone?(job: string, run: () => Promise<void>): Promise<boolean>;
  /** The list row of one conversation, as the index keeps it. */
  summary(id: string): ConversationSummary | undefined;
  idForVisitor(visitorId: string): string | undefined;
  idForExternal(externalId: string): string | undefined;
  /**
   * Adds a message or event and, in the same write, applies `patch` to the conversation.
   * A message whose clientId was already stored returns the stored one (created: false).
   */
  append(id: string, entry: NewTimelineEntry, patch?: ConversationPatch): Promise<AppendResult>;
  /**
   * `append`, only if `condition` holds for the conversation as stored at the moment of the
   * write (read under the same lock as the write): a compare-and-set. Resolves to undefined,
   * with nothing written, when it does not. Several servers on one database that check the same
   * thing at once: one writes, the others find it changed.
   */
  appendIf(
    id: string,
    entry: NewTimelineEntry,
    patch: ConversationPatch,
    condition: (conversation: Conversation) => boolean,
  ): Promise<AppendResult | undefined>;
  /**
   * Changes a conversation on its own (not with a message). `quiet`: a housekeeping change
   * (archiving, retention) that leaves updatedAt, the time of the last activity, as it was.
   */
  update(
    id: string,
    change: (conversation: Conversation) => void,
    options?: { readonly quiet?: boolean },
  ): Promise<Conversation>;
  /** Timeline entries after `seq`, in order, from memory or, for old history, from disk. */
  entriesAfter(id: string, seq: number): Promise<TimelineEntry[]>;
  list(filter?: ConversationFilter): ConversationSummary[];
  /** Notes a question the bot could not answer well (docs/insight.md, "Knowledge gaps"). */
  recordGap(record: GapRecord): Promise<void>;
  /** The recorded gap questions, oldest first. */
  gaps(filter?: GapFilter): Promise<GapRecord[]>;
  /** Removes the gap records of these conversations (erasure, purge); resolves to how many. */
  forgetGaps(conversationIds: ReadonlySet<string>): Promise<number>;
  /**
   * The whole timeline of one conversation, read without keeping it open: exports and erasure
   * read thousands of conversations once each. Empty for an unknown id.
   */
  history(id: string): Promise<TimelineEntry[]>;
  /**
   * Deletes a conversation and everything the store keeps of it (its files and its list row,
   * on disk before this resolves). Uploads and leads are their owners' to erase.
   */
  remove(id: string): Promise<boolean>;
  /**
   * Writes a conversation with its whole timeline exactly as given (ids, seqs, times), for
   * `chatbot storage copy`. Safe to repeat: entries already stored are kept, later ones added.
   */
  restore(conversation: Conversation, entries: readonly TimelineEntry[]): Promise<void>;
}
