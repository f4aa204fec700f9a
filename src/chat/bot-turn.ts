/**
 * The bot's side of one visitor message: pick out contact details, decide whether a person
 * should take over (keyword, sentiment, repeated failed answers, the AI message limit, the
 * model's request_human tool), and otherwise answer through the cascade, streaming.
 * Business hours decide what a handoff means: within them the chat waits for a person;
 * outside them the bot never promises one and asks for contact details instead.
 * Transport-free: the server, `chatbot shell` and `chatbot test` all call it.
 */

import type { Cancellation } from '../ai/cancellation.js';
import { type Attempt, runCascade } from '../ai/cascade.js';
import type { AiEngine } from '../ai/engine.js';
import { answerOffline, type OfflineAnswer } from '../ai/offline-answerer.js';
import type { ChatTurn, ToolCall, ToolResult } from '../ai/provider.js';
import { checkToolCall, toolDefinitions } from '../ai/tools.js';
import { type Citation, type RankedBlock, rankingOf } from '../kb/language-knowledge.js';
import { estimateTokens } from '../kb/tokenize.js';
import type { VisitorFacts } from '../prompt/build-context.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { botMessages, fill } from './bot-messages.js';
import {
  type ContactDetails,
  extractContactDetails,
  isMostlyContact,
  mergeContact,
  withoutContact,
} from './contact-details.js';
import { announceHandoff, humanAvailable } from './handoff.js';
import { findHandoffKeyword } from './handoff-keywords.js';
import { sentimentOf } from './sentiment.js';

export type ConversationState = 'bot' | 'waiting' | 'human' | 'resolved';
export type HandoffReason =
  | 'keyword'
  | 'sentiment'
  | 'failed-answers'
  | 'ai-limit'
  | 'tool'
  | 'button'
  | 'wait-timeout';

/** Why a chat went to a person, and whether one is there now (business hours). */
export interface Handoff {
  readonly reason: HandoffReason;
  readonly detail?: string;
  readonly humanAvailable: boolean;
}

export interface ConversationMemory {
  readonly lang: string;
  readonly state: ConversationState;
  /** Earlier visitor messages and bot replies, oldest first. */
  readonly turns: ReadonlyArray<{ readonly author: 'visitor' | 'bot'; readonly text: string }>;
  readonly failedInARow: number;
  readonly aiReplies: number;
  readonly contact: ContactDetails;
}

export interface BotTurn {
  /** Undefined when the bot stays silent (a person has the chat or it is waiting for one). */
  readonly reply?: string;
  readonly citations: Citation[];
  readonly failed: boolean;
  readonly handoff?: Handoff;
  /** Details this message added to the contact, when it added any. */
  readonly newContact?: ContactDetails;
  /** A note for the team from the save_lead tool. */
  readonly leadNote?: string;
  /** Who wrote the reply: a cascade link's name, or "bot" for the bot's own texts. */
  readonly provider: string;
  readonly model?: string;
  /** Every provider tried for this reply, in order. */
  readonly attempts: Attempt[];
  /** The blocks retrieval ranked for this message, best first, when the knowledge was searched. */
  readonly ranking?: readonly RankedBlock[];
  /** How likely the best of them answers the message, when the offline answerer judged it. */
  readonly confidence?: number;
  /** The topics a "did you mean…" reply offers. */
  readonly suggestions?: readonly Citation[];
  /** An operator took the chat while the reply was being written: nothing is to be sent. */
  readonly cancelled?: boolean;
  /** The reply says the knowledge has no answer (not a "did you mean…", not an outage). */
  readonly refusal?: boolean;
  readonly memory: ConversationMemory;
}

export interface TurnOptions {
  readonly engine: AiEngine;
  readonly now?: Date;
  readonly visitor?: VisitorFacts;
  /** Each piece of reply text as the model writes it. */
  readonly onText?: (text: string) => void;
  /** Text shown so far is void: a provider failed mid-reply and the next starts over. */
  readonly onReset?: () => void;
  readonly cancellation?: Cancellation;
  /** Whose visitor budget (ai.budget) this reply spends: the conversation. */
  readonly budgetKey?: string;
}

export function newConversation(lang: string): ConversationMemory {
  return { lang, state: 'bot', turns: [], failedInARow: 0, aiReplies: 0, contact: {} };
}

/** Visitor messages the sentiment trigger reads together, the current one included. */
const sentimentWindow = 3;

export async function botTurn(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  message: string,
  options: TurnOptions,
): Promise<BotTurn> {
  const now = options.now ?? new Date();
  const lang = snapshot.resolveLanguage(memory.lang);
  const { phoneCountry } = snapshot.config.leads;
  const found = extractContactDetails(message, lang, phoneCountry);
  let contact = mergeContact(memory.contact, found);
  let added: ContactDetails | undefined = Object.keys(found).length > 0 ? found : undefined;
  const turns = [...memory.turns, { author: 'visitor' as const, text: message }];
  const base = remembered(memory, { lang, contact, turns });
  const ownText = { provider: 'bot', attempts: [] as Attempt[] };
  const quiet = (state: ConversationState): BotTurn => ({
    citations: [],
    failed: false,
    ...ownText,
    ...(added ? { newContact: added } : {}),
    memory: remembered(base, { state }),
  });
  if (memory.state !== 'bot') return quiet(memory.state);

  const handOff = (
    reason: HandoffReason,
    detail: string | undefined,
    prefix?: string,
    via: Pick<BotTurn, 'provider' | 'model' | 'attempts'> = ownText,
  ): BotTurn => {
    const { humanAvailable, text } = announceHandoff(snapshot.config, lang, contact, now);
    const reply = prefix ? `${prefix}\n\n${text}` : text;
    return {
      reply,
      citations: [],
      failed: reason === 'failed-answers',
      handoff: { reason, ...(detail ? { detail } : {}), humanAvailable },
      ...via,
      ...(added ? { newContact: added } : {}),
      memory: remembered(base, {
        contact,
        state: humanAvailable ? 'waiting' : 'bot',
        failedInARow: 0,
        turns: [...turns, { author: 'bot', text: reply }],
      }),
    };
  };

  const { handoff } = snapshot.config;
  const keyword = findHandoffKeyword(message, lang, handoff.keywords);
  if (keyword) return handOff('keyword', keyword);
  const recentVisitor: string[] = [];
  for (let index = turns.length - 1; index >= 0 && recentVisitor.length < sentimentWindow; index--)
    if (turns[index]!.author === 'visitor') recentVisitor.unshift(turns[index]!.text);
  const sentiment = sentimentOf(recentVisitor, lang);
  if (sentiment < handoff.sentimentThreshold) return handOff('sentiment', sentiment.toFixed(2));
  if (memory.aiReplies >= handoff.maxAiMessages) return handOff('ai-limit', undefined);

  const knowledge = snapshot.knowledge(lang);
  if (added && isMostlyContact(message, found, (text) => knowledge.tokenizer.tokens(text))) {
    // "My email is …" is not a question: thank the visitor instead of asking a model.
    const reply = fill(botMessages(lang).contactThanks, {
      name: contact.name ? `, ${contact.name}` : '',
    });
    return {
      reply,
      citations: [],
      failed: false,
      ...ownText,
      newContact: added,
      memory: remembered(base, {
        turns: [...turns, { author: 'bot', text: reply }],
        aiReplies: memory.aiReplies + 1,
      }),
    };
  }

  // What the knowledge is searched for: the message without the contact details it gave.
  const question = added ? withoutContact(message, found) : message;
  const recent = memory.turns.slice(-4).map((turn) => turn.text);
  // Rendered only when a model is asked: the offline answerer does its own search, and a bot
  // answering offline should not pay for a prompt nobody reads.
  let prompted: ReturnType<BotSnapshot['systemPrompt']> | undefined;
  const promptFor = () =>
    (prompted ??= snapshot.systemPrompt({
      lang,
      question,
      recentTurns: recent,
      visitor: { ...options.visitor, ...contactForPrompt(contact) },
      now,
    }));
  let humanRequest: string | undefined;
  let leadNote: string | undefined;
  const onTools = async (calls: ToolCall[]) => {
    const results: ToolResult[] = [];
    for (const call of calls) {
      const checked = checkToolCall(call, lang, phoneCountry);
      if (!checked.ok) {
        results.push({ call, content: JSON.stringify({ error: checked.error }), isError: true });
        continue;
      }
      if (checked.call.name === 'save_lead') {
        contact = mergeContact(contact, checked.call.contact);
        added = mergeContact(added ?? {}, checked.call.contact);
        if (checked.call.note) leadNote = checked.call.note;
        results.push({ call, content: JSON.stringify({ saved: true }), isError: false });
      } else {
        humanRequest = checked.call.reason;
        results.push({ call, content: JSON.stringify({ handedOff: true }), isError: false });
      }
    }
    return { results, stop: humanRequest !== undefined };
  };
  let history: ChatTurn[] | undefined;
  let offline: OfflineAnswer | undefined;
  const result = await runCascade(
    options.engine.links(snapshot.config, options.budgetKey),
    {
      get system() {
        return promptFor().prompt;
      },
      // Read only by a model, like the prompt: answering offline skips it.
      get history() {
        history ??= historyWithin(turns, snapshot.config.ai.historyTokens);
        return history;
      },
      tools: toolDefinitions,
      maxTokens: snapshot.config.ai.maxTokens,
      offlineAnswer: () =>
        (offline ??= answerOffline(
          knowledge,
          question,
          lastExchange(memory.turns, [knowledge.fallback, knowledge.ui.didYouMean]),
          snapshot.config.retrieval,
        )),
    },
    {
      onTools,
      ...(options.onText ? { onText: options.onText } : {}),
      ...(options.onReset ? { onReset: options.onReset } : {}),
      ...(options.cancellation ? { cancellation: options.cancellation } : {}),
    },
  );
  const withContact = remembered(base, { contact });
  const ranking = offline?.ranking ?? (prompted ? rankingOf(prompted.retrieval.hits) : undefined);
  const turnExtras = {
    ...(added ? { newContact: added } : {}),
    ...(leadNote ? { leadNote } : {}),
    ...(ranking ? { ranking } : {}),
    ...(offline?.confidence !== undefined ? { confidence: offline.confidence } : {}),
    ...(offline?.suggestions && result.ok && result.provider.kind === 'offline'
      ? { suggestions: offline.suggestions }
      : {}),
  };

  if (!result.ok) {
    if (result.cancelled)
      return {
        citations: [],
        failed: false,
        provider: 'bot',
        attempts: result.attempts,
        cancelled: true,
        ...turnExtras,
        memory: withContact,
      };
    // Every provider failed: the knowledge's own fallback, and a person when one is there.
    const offer = humanAvailable(snapshot.config, now) ? `\n\n${botMessages(lang).offerHuman}` : '';
    const reply = `${knowledge.fallback}${offer}`;
    return {
      reply,
      citations: [],
      failed: true,
      provider: 'bot',
      attempts: result.attempts,
      ...turnExtras,
      memory: remembered(withContact, {
        failedInARow: memory.failedInARow + 1,
        turns: [...turns, { author: 'bot', text: reply }],
      }),
    };
  }

  const via = {
    provider: result.provider.name,
    model: result.provider.model,
    attempts: result.attempts,
  };
  if (humanRequest !== undefined) {
    const turn = handOff('tool', humanRequest, result.text.trim() || undefined, via);
    return Object.assign({}, turn, turnExtras);
  }
  // A model's reply counts as unanswered when the knowledge had nothing for the question; the
  // offline answerer knows for itself.
  const failed = result.grounding?.failed ?? promptFor().retrieval.citations.length === 0;
  const citations = result.grounding?.citations ?? promptFor().retrieval.citations;
  const failedInARow = failed ? memory.failedInARow + 1 : 0;
  const refusal = failed && offline?.source !== 'clarify' ? { refusal: true } : {};
  if (failedInARow >= handoff.failedAnswers) {
    const turn = handOff('failed-answers', undefined, result.text, via);
    return Object.assign({}, turn, turnExtras, refusal);
  }
  return {
    reply: result.text,
    citations,
    failed,
    ...refusal,
    ...via,
    ...turnExtras,
    memory: remembered(withContact, {
      failedInARow,
      aiReplies: memory.aiReplies + 1,
      turns: [...turns, { author: 'bot', text: result.text }],
    }),
  };
}

/**
 * A memory with some of it changed. Object.assign, not a spread: in V8 a literal that opens with a
 * spread gets a hidden class of its own, and this runs for every message (docs/architecture.md,
 * "Object shapes").
 */
function remembered(
  memory: ConversationMemory,
  changes: Partial<ConversationMemory>,
): ConversationMemory {
  return Object.assign({}, memory, changes);
}

function contactForPrompt(contact: ContactDetails): VisitorFacts {
  return {
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
  };
}

/**
 * The visitor's previous message and the bot's answer to it: what a follow-up ("and for kids?")
 * refers to. A fallback or a "did you mean…" says nothing about the topic, so it is left out.
 */
export function lastExchange(
  turns: ConversationMemory['turns'],
  notAnswers: readonly string[],
): string[] {
  const last = turns.findLastIndex((turn) => turn.author === 'visitor');
  if (last < 0) return [];
  return turns
    .slice(last, last + 2)
    .filter(
      (turn) =>
        turn.author === 'visitor' || !notAnswers.some((opening) => turn.text.startsWith(opening)),
    )
    .map((turn) => turn.text);
}

/** The latest turns that fit the budget, oldest first; the current message always goes. */
export function historyWithin(
  turns: ReadonlyArray<{ readonly author: 'visitor' | 'bot'; readonly text: string }>,
  budgetTokens: number,
): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index--) {
    const turn = turns[index]!;
    const cost = estimateTokens(turn.text) + 4;
    if (kept.length > 0 && used + cost > budgetTokens) break;
    used += cost;
    kept.unshift({ role: turn.author === 'visitor' ? 'user' : 'assistant', content: turn.text });
  }
  // Providers want the history to start with the visitor.
  while (kept.length > 1 && kept[0]!.role === 'assistant') kept.shift();
  return kept;
}
