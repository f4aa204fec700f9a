/**
 * One conversation reduced to what the KPIs need: from its list row, which keeps the running
 * facts (src/domain/conversation-facts.ts), or, for a row written before rows kept them, read
 * entry by entry in timeline order so the whole history is never held.
 */

import type { ConversationSummary, TimelineEntry } from '../domain/conversation.js';
import {
  addToFacts,
  emptyFacts,
  type ProviderTally,
  type SummaryFacts,
  summaryFactsVersion,
} from '../domain/conversation-facts.js';
import type { HandoffReasonKey } from './report.js';

export type { ProviderTally };

/** The conversation's own fields the stats read (its stored document, any version). */
export interface StoredConversation {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly state: string;
  readonly lang: string;
  readonly channel?: string;
  readonly visitorId?: string;
  readonly externalId?: string;
  /** Set by the geolocation of the visitor's address, where it is recorded. */
  readonly country?: string;
  readonly assistant?: string;
  readonly topics?: readonly string[];
  readonly visitor?: {
    readonly page?: string;
    readonly pages?: readonly { readonly url: string }[];
    readonly utm?: Readonly<Record<string, string>>;
    readonly country?: string;
  };
}

export interface ConversationFacts {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly state: string;
  readonly visitorKey: string;
  readonly lang: string;
  readonly page: string;
  readonly utmSource: string;
  readonly utmCampaign: string;
  readonly country: string;
  /** The assistant routing rules chose (docs/routing.md); `default` when none did. */
  readonly assistant: string;
  /** The cascade link that wrote the first AI reply; `none` when only the bot's own texts went out. */
  readonly provider: string;
  /** What the visitor asked about (src/chat/topics.ts). */
  readonly topics: readonly string[];
  readonly messages: number;
  readonly visitorMessages: number;
  readonly operatorMessages: number;
  readonly lead: boolean;
  readonly everResolved: boolean;
  readonly handoffs: readonly HandoffReasonKey[];
  readonly waitTimeouts: number;
  readonly refusals: number;
  readonly botFirstResponseMs?: number;
  readonly operatorFirstResponseMs?: number;
  readonly waitsMs: readonly number[];
  readonly operatorRepliesMs: readonly number[];
  readonly rating?: number;
  readonly providers: readonly ProviderTally[];
}

/** The entry page's path: the same page with other query strings is the same page. */
function pagePath(url: string | undefined): string {
  if (!url) return 'unknown';
  try {
    return new URL(url).pathname || '/';
  } catch {
    return url.split(/[?#]/)[0] || 'unknown';
  }
}

export class FactsBuilder {
  private readonly facts = emptyFacts();

  constructor(private readonly stored: StoredConversation) {}

  /** Topics the replies carry: a log replayed past the meta's checkpoint may add some. */
  private readonly topics = new Set<string>();

  add(entry: TimelineEntry): void {
    addToFacts(this.facts, entry);
    if (entry.kind === 'message')
      for (const topic of entry.bot?.topics ?? []) this.topics.add(topic);
  }

  finish(state: string, updatedAt: string): ConversationFacts {
    const topics = [...new Set([...(this.stored.topics ?? []), ...this.topics])];
    return factsOf({ ...this.stored, topics }, this.facts, state, updatedAt);
  }
}

/** A list row's facts, when it keeps them (rows written before it did have none). */
export function factsOfRow(row: ConversationSummary): ConversationFacts | undefined {
  const facts = row.facts;
  if (facts?.v !== summaryFactsVersion) return undefined;
  // The row keeps the visitor's origin flat; as the stored conversation keeps it, for factsOf.
  const stored: StoredConversation = {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    state: row.state,
    lang: row.lang,
    ...(row.visitorId ? { visitorId: row.visitorId } : {}),
    ...(row.externalId ? { externalId: row.externalId } : {}),
    ...(row.topics ? { topics: row.topics } : {}),
    visitor: {
      ...(row.entryPage ? { page: row.entryPage } : {}),
      utm: {
        ...(row.utmSource ? { utm_source: row.utmSource } : {}),
        ...(row.utmCampaign ? { utm_campaign: row.utmCampaign } : {}),
      },
      ...(row.country ? { country: row.country } : {}),
    },
  };
  return factsOf(stored, facts, row.state, row.updatedAt);
}

function factsOf(
  stored: StoredConversation,
  facts: SummaryFacts,
  state: string,
  updatedAt: string,
): ConversationFacts {
  const visitor = stored.visitor;
  const utm = visitor?.utm ?? {};
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt,
    state,
    visitorKey: stored.visitorId ?? stored.externalId ?? stored.id,
    lang: stored.lang,
    page: pagePath(visitor?.pages?.[0]?.url ?? visitor?.page),
    utmSource: utm.utm_source || 'none',
    utmCampaign: utm.utm_campaign || 'none',
    country: stored.country ?? visitor?.country ?? 'unknown',
    assistant: stored.assistant ?? 'default',
    provider: facts.firstProvider ?? 'none',
    topics: stored.topics ?? [],
    messages: facts.messages,
    visitorMessages: facts.visitorMessages,
    operatorMessages: facts.operatorMessages,
    lead: facts.lead,
    everResolved: facts.everResolved || state === 'resolved',
    handoffs: facts.handoffs,
    waitTimeouts: facts.waitTimeouts,
    refusals: facts.refusals,
    ...(facts.botFirstResponseMs !== undefined
      ? { botFirstResponseMs: facts.botFirstResponseMs }
      : {}),
    ...(facts.operatorFirstResponseMs !== undefined
      ? { operatorFirstResponseMs: facts.operatorFirstResponseMs }
      : {}),
    waitsMs: facts.waitsMs,
    operatorRepliesMs: facts.operatorRepliesMs,
    ...(facts.rating !== undefined ? { rating: facts.rating } : {}),
    providers: facts.providers,
  };
}
