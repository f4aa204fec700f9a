/**
 * What `chatbot stats`, the operator API's stats route and the inbox's stats screen show: the
 * same numbers, computed by computeStats() over one pass of the stored conversations.
 * Owns the KPI definitions (docs/insight.md); must not import server, CLI or inbox code.
 */

/** How a report is cut: by a period of creation, or by a fact of the conversation. */
export const groupings = [
  'day',
  'week',
  'lang',
  'page',
  'utm_source',
  'utm_campaign',
  'country',
  'assistant',
  'provider',
] as const;
export type Grouping = (typeof groupings)[number];

/**
 * Why a chat went to a person, as reported. "out-of-hours" is any request made while nobody
 * could be promised (business hours), whatever asked for it.
 */
export const handoffReasons = [
  'button',
  'keyword',
  'sentiment',
  'repeated-failure',
  'out-of-hours',
  'ai-limit',
  'tool',
  'escalation',
] as const;
export type HandoffReasonKey = (typeof handoffReasons)[number];

/** Middle, 90th percentile and mean of a set of durations, in milliseconds; null with none. */
export interface Durations {
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly average: number | null;
}

export interface ProviderUse {
  /** The cascade link's name. */
  readonly provider: string;
  readonly model: string;
  /** Requests actually made (skips for an open breaker or a spent budget are not calls). */
  readonly calls: number;
  readonly failures: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** From ai.prices; null when the model has no price (and used tokens). */
  readonly cost: number | null;
}

export interface GroupStats {
  /** The group's value (a day, a language…), or "all" for the whole period. */
  readonly key: string;
  /** Distinct visitors (widget visitor ids, API external ids). */
  readonly visitors: number;
  readonly conversations: number;
  /** Conversations in which the visitor wrote at least one message. */
  readonly withMessages: number;
  /** Not resolved and active in the last five minutes, or waiting for / talking to a person. */
  readonly activeNow: number;
  /** Conversations that left contact details. */
  readonly leads: number;
  /** leads / conversations. */
  readonly leadConversion: number | null;
  /** Conversations with messages that ended: resolved, or idle for 30 minutes. */
  readonly ended: number;
  /** Ended with no handoff, no refusal and no operator message. */
  readonly botResolved: number;
  /** botResolved / ended. */
  readonly botResolvedRate: number | null;
  /** Conversations handed to a person at least once. */
  readonly handedOff: number;
  /** handedOff / withMessages. */
  readonly handoffRate: number | null;
  /** Handoffs (a conversation may have several), by reason. */
  readonly handoffsByReason: Readonly<Record<HandoffReasonKey, number>>;
  /** Waits nobody took within handoff.waitTimeout. */
  readonly waitTimeouts: number;
  /** From a visitor's first message to the bot's first reply. */
  readonly botFirstResponse: Durations;
  /** From the chat asking for a person (or being taken) to an operator's first message. */
  readonly operatorFirstResponse: Durations;
  /** From entering "waiting" to an operator taking the chat. */
  readonly waitBeforeTakeover: Durations;
  /** While a person has the chat: from a visitor's message to the operator's next one. */
  readonly operatorReply: Durations;
  readonly csat: {
    readonly average: number | null;
    /** Ratings 1 to 5, counted once per conversation (the last rating given). */
    readonly distribution: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>>;
    readonly responses: number;
    /** responses / resolved conversations. */
    readonly responseRate: number | null;
  };
  readonly messages: number;
  /** messages / withMessages. */
  readonly messagesPerConversation: number | null;
  /** Bot replies that said the knowledge has no answer. */
  readonly refusals: number;
  /** Conversations per topic (src/chat/topics.ts), most frequent first; a chat counts once per topic. */
  readonly topics: readonly { readonly topic: string; readonly conversations: number }[];
  readonly providers: {
    readonly calls: number;
    readonly failures: number;
    readonly inputTokens: number;
    readonly outputTokens: number;
    /** The estimate over priced models; null when nothing used is priced. */
    readonly cost: number | null;
    /** Models that used tokens but have no price in ai.prices. */
    readonly unpriced: readonly string[];
    readonly byModel: readonly ProviderUse[];
  };
}

export interface StatsReport {
  /** The period: conversations created from `from` (inclusive) to `to` (exclusive). */
  readonly from: string;
  readonly to: string;
  /** When the numbers were computed: what "active now" is relative to. */
  readonly computedAt: string;
  readonly by?: Grouping;
  readonly total: GroupStats;
  /** One per group value, when grouped: days in order, other keys by conversations. */
  readonly groups: readonly GroupStats[];
  /** Conversations per day over the period, oldest first: the inbox's sparkline. */
  readonly perDay: readonly { readonly day: string; readonly conversations: number }[];
  /** Conversation files that could not be read, and were left out. */
  readonly unreadable: number;
}
