/**
 * One conversation reduced to what the KPIs need, read entry by entry in timeline order so the
 * whole history is never held: a few numbers and the durations that go into percentiles.
 */
import type { Attempt } from '../domain/attempt.js';
import type { BotReplyDetails, TimelineEntry } from '../domain/conversation.js';
import type { HandoffReasonKey } from './report.js';

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
  readonly visitor?: {
    readonly page?: string;
    readonly pages?: readonly { readonly url: string }[];
    readonly utm?: Readonly<Record<string, string>>;
    readonly country?: string;
  };
}

export interface ProviderTally {
  provider: string;
  model: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
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
  readonly assistant: string;
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

/** Attempts that were never sent to the provider: not calls. */
const notCalls: ReadonlySet<string> = new Set(['breaker-open', 'over-budget']);
/** Outcomes that say nothing against the provider. */
const notFailures: ReadonlySet<string> = new Set([
  'ok',
  'cancelled',
  'over-budget',
  'breaker-open',
]);

const botReasons: Readonly<Record<string, HandoffReasonKey>> = {
  button: 'button',
  keyword: 'keyword',
  sentiment: 'sentiment',
  'failed-answers': 'repeated-failure',
  'ai-limit': 'ai-limit',
  tool: 'tool',
};

function reasonOf(reason: unknown, humanAvailable: unknown): HandoffReasonKey | undefined {
  if (humanAvailable === false) return 'out-of-hours';
  return typeof reason === 'string' ? botReasons[reason] : undefined;
}

function ms(from: string, to: string): number {
  return Math.max(0, Date.parse(to) - Date.parse(from));
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
  private messages = 0;
  private visitorMessages = 0;
  private operatorMessages = 0;
  private lead = false;
  private everResolved = false;
  private readonly handoffs: HandoffReasonKey[] = [];
  private waitTimeouts = 0;
  private refusals = 0;
  private firstVisitorAt: string | undefined;
  private botFirstResponseMs: number | undefined;
  private personAskedAt: string | undefined;
  private operatorFirstResponseMs: number | undefined;
  private waitingSince: string | undefined;
  private readonly waitsMs: number[] = [];
  private withPerson = false;
  private unansweredSince: string | undefined;
  private readonly operatorRepliesMs: number[] = [];
  private rating: number | undefined;
  private firstProvider: string | undefined;
  /** A bot reply recorded its handoff: the state change that follows is the same handoff. */
  private handoffInReply = false;
  private readonly providers = new Map<string, ProviderTally>();

  constructor(private readonly stored: StoredConversation) {}

  add(entry: TimelineEntry): void {
    if (entry.kind === 'message') this.message(entry.author.kind, entry.at, entry.bot);
    else this.event(entry.type, entry.at, entry.data);
  }

  private message(author: string, at: string, bot: BotReplyDetails | undefined): void {
    this.messages++;
    if (author === 'visitor') {
      this.visitorMessages++;
      this.firstVisitorAt ??= at;
      if (this.withPerson) this.unansweredSince ??= at;
      this.handoffInReply = false;
    } else if (author === 'operator') {
      this.operatorMessages++;
      if (this.operatorFirstResponseMs === undefined && this.personAskedAt)
        this.operatorFirstResponseMs = ms(this.personAskedAt, at);
      if (this.unansweredSince) this.operatorRepliesMs.push(ms(this.unansweredSince, at));
      this.unansweredSince = undefined;
    } else if (author === 'bot') {
      if (this.botFirstResponseMs === undefined && this.firstVisitorAt)
        this.botFirstResponseMs = ms(this.firstVisitorAt, at);
      if (bot) this.botReply(bot, at);
    }
  }

  private botReply(bot: BotReplyDetails, at: string): void {
    if (bot.refusal) this.refusals++;
    if (bot.provider !== 'bot') this.firstProvider ??= bot.provider;
    if (bot.handoff) {
      const reason = reasonOf(bot.handoff.reason, bot.handoff.humanAvailable);
      if (reason) this.handoffs.push(reason);
      this.personAskedAt ??= at;
      this.handoffInReply = true;
    }
    for (const attempt of bot.attempts ?? []) this.attempt(attempt);
  }

  private attempt(attempt: Attempt): void {
    if (notCalls.has(attempt.outcome)) return;
    const key = `${attempt.provider}\u0000${attempt.model}`;
    let tally = this.providers.get(key);
    if (!tally) {
      tally = {
        provider: attempt.provider,
        model: attempt.model,
        calls: 0,
        failures: 0,
        inputTokens: 0,
        outputTokens: 0,
      };
      this.providers.set(key, tally);
    }
    tally.calls++;
    if (!notFailures.has(attempt.outcome)) tally.failures++;
    if (attempt.tokens) {
      tally.inputTokens += attempt.tokens.input;
      tally.outputTokens += attempt.tokens.output;
    }
  }

  private event(type: string, at: string, data: Readonly<Record<string, unknown>>): void {
    if (type === 'lead') this.lead = true;
    else if (type === 'rating' && typeof data.rating === 'number') this.rating = data.rating;
    else if (type === 'wait-timeout') this.waitTimeouts++;
    else if (type === 'handoff-request') {
      const reason = reasonOf(data.reason ?? 'button', data.humanAvailable);
      if (reason) this.handoffs.push(reason);
      this.personAskedAt ??= at;
    } else if (type === 'state') this.stateChange(String(data.from), String(data.to), at, data);
  }

  private stateChange(
    from: string,
    to: string,
    at: string,
    data: Readonly<Record<string, unknown>>,
  ): void {
    if (to === 'waiting') {
      this.waitingSince = at;
      this.personAskedAt ??= at;
      // The button's request and a reply's handoff were counted where they were recorded;
      // conversations stored before replies recorded theirs are counted here.
      if (data.by === 'bot' && !this.handoffInReply) {
        const reason = reasonOf(data.reason, true);
        if (reason) this.handoffs.push(reason);
      }
      this.handoffInReply = false;
    } else if (to === 'human') {
      if (from === 'waiting' && this.waitingSince) this.waitsMs.push(ms(this.waitingSince, at));
      this.personAskedAt ??= at;
      this.withPerson = true;
    } else {
      this.withPerson = false;
      this.unansweredSince = undefined;
    }
    if (to !== 'waiting') this.waitingSince = undefined;
    if (to === 'resolved') this.everResolved = true;
  }

  finish(state: string, updatedAt: string): ConversationFacts {
    const stored = this.stored;
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
      assistant: stored.assistant ?? this.firstProvider ?? 'none',
      messages: this.messages,
      visitorMessages: this.visitorMessages,
      operatorMessages: this.operatorMessages,
      lead: this.lead,
      everResolved: this.everResolved || state === 'resolved',
      handoffs: this.handoffs,
      waitTimeouts: this.waitTimeouts,
      refusals: this.refusals,
      ...(this.botFirstResponseMs !== undefined
        ? { botFirstResponseMs: this.botFirstResponseMs }
        : {}),
      ...(this.operatorFirstResponseMs !== undefined
        ? { operatorFirstResponseMs: this.operatorFirstResponseMs }
        : {}),
      waitsMs: this.waitsMs,
      operatorRepliesMs: this.operatorRepliesMs,
      ...(this.rating !== undefined ? { rating: this.rating } : {}),
      providers: [...this.providers.values()],
    };
  }
}
