/**
 * What the KPIs need of one conversation, kept in its list row and brought up to date one entry
 * at a time: the stats read the rows and never the history. A plain JSON object, so both stores
 * keep it as they keep the rest of the row (the lowdb index, the PostgreSQL summary column), and
 * adding an entry is constant work (the durations lists grow by one at most).
 */
import type { Attempt } from './attempt.js';
import type { BotReplyDetails, TimelineEntry } from './conversation.js';

/** Why a chat went to a person, as the stats report it. */
export type FactsHandoffReason =
  | 'button'
  | 'keyword'
  | 'sentiment'
  | 'repeated-failure'
  | 'out-of-hours'
  | 'ai-limit'
  | 'tool'
  | 'escalation';

export interface ProviderTally {
  provider: string;
  model: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
}

/**
 * The running facts. Besides the results (counts, first response times, durations) it keeps
 * the few moments a later entry is measured from (the first visitor message, the request for a
 * person, the start of a wait, the oldest unanswered message while with a person).
 */
export interface SummaryFacts {
  /** The shape's version: a row with another one is read again from the history. */
  v: 1;
  messages: number;
  visitorMessages: number;
  operatorMessages: number;
  lead: boolean;
  everResolved: boolean;
  handoffs: FactsHandoffReason[];
  waitTimeouts: number;
  refusals: number;
  botFirstResponseMs?: number;
  operatorFirstResponseMs?: number;
  waitsMs: number[];
  operatorRepliesMs: number[];
  rating?: number;
  /** The first provider that answered: the "assistant" of a conversation that names none. */
  firstProvider?: string;
  providers: ProviderTally[];
  firstVisitorAt?: string;
  personAskedAt?: string;
  waitingSince?: string;
  withPerson: boolean;
  unansweredSince?: string;
  /** A bot reply recorded its handoff: the state change that follows is the same handoff. */
  handoffInReply: boolean;
}

export const summaryFactsVersion = 1;

export function emptyFacts(): SummaryFacts {
  return {
    v: 1,
    messages: 0,
    visitorMessages: 0,
    operatorMessages: 0,
    lead: false,
    everResolved: false,
    handoffs: [],
    waitTimeouts: 0,
    refusals: 0,
    waitsMs: [],
    operatorRepliesMs: [],
    providers: [],
    withPerson: false,
    handoffInReply: false,
  };
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

const botReasons: Readonly<Record<string, FactsHandoffReason>> = {
  button: 'button',
  keyword: 'keyword',
  sentiment: 'sentiment',
  'failed-answers': 'repeated-failure',
  'ai-limit': 'ai-limit',
  tool: 'tool',
  escalation: 'escalation',
};

function reasonOf(reason: unknown, humanAvailable: unknown): FactsHandoffReason | undefined {
  if (humanAvailable === false) return 'out-of-hours';
  return typeof reason === 'string' ? botReasons[reason] : undefined;
}

function ms(from: string, to: string): number {
  return Math.max(0, Date.parse(to) - Date.parse(from));
}

/** The facts after one more entry, in timeline order. Changes `facts` in place. */
export function addToFacts(facts: SummaryFacts, entry: TimelineEntry): void {
  if (entry.kind === 'message') message(facts, entry.author.kind, entry.at, entry.bot);
  else event(facts, entry.type, entry.at, entry.data);
}

function message(
  facts: SummaryFacts,
  author: string,
  at: string,
  bot: BotReplyDetails | undefined,
): void {
  facts.messages++;
  if (author === 'visitor') {
    facts.visitorMessages++;
    facts.firstVisitorAt ??= at;
    if (facts.withPerson) facts.unansweredSince ??= at;
    facts.handoffInReply = false;
  } else if (author === 'operator') {
    facts.operatorMessages++;
    if (facts.operatorFirstResponseMs === undefined && facts.personAskedAt)
      facts.operatorFirstResponseMs = ms(facts.personAskedAt, at);
    if (facts.unansweredSince) facts.operatorRepliesMs.push(ms(facts.unansweredSince, at));
    delete facts.unansweredSince;
  } else if (author === 'bot') {
    if (facts.botFirstResponseMs === undefined && facts.firstVisitorAt)
      facts.botFirstResponseMs = ms(facts.firstVisitorAt, at);
    if (bot) botReply(facts, bot, at);
  }
}

function botReply(facts: SummaryFacts, bot: BotReplyDetails, at: string): void {
  if (bot.refusal) facts.refusals++;
  if (bot.provider !== 'bot') facts.firstProvider ??= bot.provider;
  if (bot.handoff) {
    const reason = reasonOf(bot.handoff.reason, bot.handoff.humanAvailable);
    if (reason) facts.handoffs.push(reason);
    facts.personAskedAt ??= at;
    facts.handoffInReply = true;
  }
  for (const attempt of bot.attempts ?? []) addAttempt(facts, attempt);
}

function addAttempt(facts: SummaryFacts, attempt: Attempt): void {
  if (notCalls.has(attempt.outcome)) return;
  let tally = facts.providers.find(
    (known) => known.provider === attempt.provider && known.model === attempt.model,
  );
  if (!tally) {
    tally = {
      provider: attempt.provider,
      model: attempt.model,
      calls: 0,
      failures: 0,
      inputTokens: 0,
      outputTokens: 0,
    };
    facts.providers.push(tally);
  }
  tally.calls++;
  if (!notFailures.has(attempt.outcome)) tally.failures++;
  if (attempt.tokens) {
    tally.inputTokens += attempt.tokens.input;
    tally.outputTokens += attempt.tokens.output;
  }
}

function event(
  facts: SummaryFacts,
  type: string,
  at: string,
  data: Readonly<Record<string, unknown>>,
): void {
  if (type === 'lead') facts.lead = true;
  else if (type === 'rating' && typeof data.rating === 'number') facts.rating = data.rating;
  else if (type === 'wait-timeout') facts.waitTimeouts++;
  else if (type === 'handoff-request') {
    const reason = reasonOf(data.reason ?? 'button', data.humanAvailable);
    if (reason) facts.handoffs.push(reason);
    facts.personAskedAt ??= at;
  } else if (type === 'state') stateChange(facts, String(data.from), String(data.to), at, data);
}

function stateChange(
  facts: SummaryFacts,
  from: string,
  to: string,
  at: string,
  data: Readonly<Record<string, unknown>>,
): void {
  if (to === 'waiting') {
    facts.waitingSince = at;
    facts.personAskedAt ??= at;
    // The button's request and a reply's handoff were counted where they were recorded;
    // conversations stored before replies recorded theirs are counted here.
    if (data.by === 'bot' && !facts.handoffInReply) {
      const reason = reasonOf(data.reason, true);
      if (reason) facts.handoffs.push(reason);
    }
    facts.handoffInReply = false;
  } else if (to === 'human') {
    if (from === 'waiting' && facts.waitingSince) facts.waitsMs.push(ms(facts.waitingSince, at));
    facts.personAskedAt ??= at;
    facts.withPerson = true;
  } else {
    facts.withPerson = false;
    delete facts.unansweredSince;
  }
  if (to !== 'waiting') delete facts.waitingSince;
  if (to === 'resolved') facts.everResolved = true;
}
