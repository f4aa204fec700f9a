/**
 * The running totals of one group (a day, a language… or everything), fed one conversation's
 * facts at a time, and turned into the reported numbers at the end. Durations are kept as
 * numbers for exact percentiles: a few per conversation, never a message.
 */
import type { ConversationFacts } from './facts.js';
import type { Prices } from './prices.js';
import { costOf } from './prices.js';
import {
  type Durations,
  type GroupStats,
  type HandoffReasonKey,
  handoffReasons,
  type ProviderUse,
} from './report.js';

/** A conversation touched within this long counts as active now. */
export const activeWindowMs = 5 * 60_000;
/** A conversation left this long without a word has ended, resolved or not. */
export const idleEndMs = 30 * 60_000;

function durations(values: number[]): Durations {
  if (values.length === 0) return { count: 0, p50: null, p90: null, average: null };
  values.sort((a, b) => a - b);
  const at = (share: number) =>
    values[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)]!;
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    count: values.length,
    p50: at(0.5),
    p90: at(0.9),
    average: Math.round(sum / values.length),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export class GroupTally {
  private readonly visitors = new Set<string>();
  private conversations = 0;
  private withMessages = 0;
  private activeNow = 0;
  private leads = 0;
  private ended = 0;
  private botResolved = 0;
  private handedOff = 0;
  private readonly byReason = Object.fromEntries(
    handoffReasons.map((reason) => [reason, 0]),
  ) as Record<HandoffReasonKey, number>;
  private waitTimeouts = 0;
  private readonly botFirst: number[] = [];
  private readonly operatorFirst: number[] = [];
  private readonly waits: number[] = [];
  private readonly operatorReplies: number[] = [];
  private readonly ratings = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  private ratingSum = 0;
  private rated = 0;
  private resolved = 0;
  private messages = 0;
  private refusals = 0;
  private readonly topics = new Map<string, number>();
  private readonly providers = new Map<string, Omit<ProviderUse, 'cost'>>();

  constructor(readonly key: string) {}

  add(facts: ConversationFacts, now: number): void {
    this.visitors.add(facts.visitorKey);
    this.conversations++;
    const idleMs = now - Date.parse(facts.updatedAt);
    const open = facts.state !== 'resolved';
    if (open && (facts.state === 'waiting' || facts.state === 'human' || idleMs < activeWindowMs))
      this.activeNow++;
    if (facts.lead) this.leads++;
    if (facts.visitorMessages > 0) this.conversationWithMessages(facts, idleMs);
    for (const reason of facts.handoffs) this.byReason[reason]++;
    if (facts.handoffs.length > 0) this.handedOff++;
    this.waitTimeouts += facts.waitTimeouts;
    if (facts.botFirstResponseMs !== undefined) this.botFirst.push(facts.botFirstResponseMs);
    if (facts.operatorFirstResponseMs !== undefined)
      this.operatorFirst.push(facts.operatorFirstResponseMs);
    for (const wait of facts.waitsMs) this.waits.push(wait);
    for (const reply of facts.operatorRepliesMs) this.operatorReplies.push(reply);
    if (facts.everResolved) this.resolved++;
    if (facts.rating !== undefined && facts.rating >= 1 && facts.rating <= 5) {
      const rating = Math.round(facts.rating) as 1 | 2 | 3 | 4 | 5;
      this.ratings[String(rating) as keyof typeof this.ratings]++;
      this.ratingSum += rating;
      this.rated++;
    }
    this.messages += facts.messages;
    this.refusals += facts.refusals;
    for (const topic of new Set(facts.topics))
      this.topics.set(topic, (this.topics.get(topic) ?? 0) + 1);
    for (const use of facts.providers) this.addProvider(use);
  }

  private conversationWithMessages(facts: ConversationFacts, idleMs: number): void {
    this.withMessages++;
    const ended = facts.state === 'resolved' || (facts.state === 'bot' && idleMs >= idleEndMs);
    if (!ended) return;
    this.ended++;
    if (facts.handoffs.length === 0 && facts.refusals === 0 && facts.operatorMessages === 0)
      this.botResolved++;
  }

  private addProvider(use: Omit<ProviderUse, 'cost'>): void {
    const key = `${use.provider}\u0000${use.model}`;
    const known = this.providers.get(key);
    this.providers.set(
      key,
      known
        ? {
            provider: use.provider,
            model: use.model,
            calls: known.calls + use.calls,
            failures: known.failures + use.failures,
            inputTokens: known.inputTokens + use.inputTokens,
            outputTokens: known.outputTokens + use.outputTokens,
          }
        : { ...use },
    );
  }

  get size(): number {
    return this.conversations;
  }

  result(prices: Prices): GroupStats {
    const byModel: ProviderUse[] = [...this.providers.values()]
      .map((use) => ({ ...use, cost: costOf(prices, use) }))
      .sort((a, b) => b.calls - a.calls || a.provider.localeCompare(b.provider));
    const priced = byModel.filter((use) => use.cost !== null);
    const sum = (pick: (use: ProviderUse) => number) =>
      byModel.reduce((total, use) => total + pick(use), 0);
    return {
      key: this.key,
      visitors: this.visitors.size,
      conversations: this.conversations,
      withMessages: this.withMessages,
      activeNow: this.activeNow,
      leads: this.leads,
      leadConversion: share(this.leads, this.conversations),
      ended: this.ended,
      botResolved: this.botResolved,
      botResolvedRate: share(this.botResolved, this.ended),
      handedOff: this.handedOff,
      handoffRate: share(this.handedOff, this.withMessages),
      handoffsByReason: { ...this.byReason },
      waitTimeouts: this.waitTimeouts,
      botFirstResponse: durations(this.botFirst),
      operatorFirstResponse: durations(this.operatorFirst),
      waitBeforeTakeover: durations(this.waits),
      operatorReply: durations(this.operatorReplies),
      csat: {
        average: this.rated === 0 ? null : this.ratingSum / this.rated,
        distribution: { ...this.ratings },
        responses: this.rated,
        responseRate: share(this.rated, this.resolved),
      },
      messages: this.messages,
      messagesPerConversation: share(this.messages, this.withMessages),
      refusals: this.refusals,
      topics: [...this.topics.entries()]
        .map(([topic, conversations]) => ({ topic, conversations }))
        .sort((a, b) => b.conversations - a.conversations || a.topic.localeCompare(b.topic)),
      providers: {
        calls: sum((use) => use.calls),
        failures: sum((use) => use.failures),
        inputTokens: sum((use) => use.inputTokens),
        outputTokens: sum((use) => use.outputTokens),
        cost: priced.length === 0 ? null : priced.reduce((total, use) => total + use.cost!, 0),
        unpriced: byModel
          .filter((use) => use.cost === null && use.inputTokens + use.outputTokens > 0)
          .map((use) => use.model),
        byModel,
      },
    };
  }
}
