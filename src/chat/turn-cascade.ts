/**
 * The steps of a bot turn that ask the cascade: the question and the prompt (rendered only when
 * a model reads it), the tools the model may call, and what its outcome makes of the turn: an
 * answer, the knowledge's fallback, a handoff, or nothing when an operator took the chat.
 */
import { type CascadeResult, runCascade } from '../ai/cascade.js';
import { answerOffline, type OfflineAnswer, offeredTitles } from '../ai/offline-answerer.js';
import type { ChatTurn, ToolCall, ToolResult } from '../ai/provider.js';
import { checkToolCall, toolDefinitions } from '../ai/tools.js';
import { askedBesideContact, mergeContact } from '../domain/contact-details.js';
import type { ContactDetails } from '../domain/conversation.js';
import { humanAvailable } from '../domain/handoff.js';
import { escapeRegExp } from '../domain/literal-pattern.js';
import { rankingOf } from '../kb/language-knowledge.js';
import { estimateTokens } from '../kb/tokenize.js';
import type { VisitorFacts } from '../prompt/build-context.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { type BotMessages, botMessages } from './bot-messages.js';
import type { BotTurn, ConversationMemory } from './bot-turn.js';
import { handOff, remembered, type TurnInput } from './turn-steps.js';

/** What asking the cascade left: its result, and what was read and called on the way. */
export interface Asked {
  readonly result: CascadeResult;
  readonly offline: OfflineAnswer | undefined;
  readonly prompted: ReturnType<BotSnapshot['systemPrompt']> | undefined;
  readonly promptFor: () => ReturnType<BotSnapshot['systemPrompt']>;
  readonly humanRequest: string | undefined;
  readonly leadNote: string | undefined;
}

export async function askCascade(turn: TurnInput): Promise<Asked> {
  const { snapshot, memory, options, lang } = turn;
  const knowledge = snapshot.knowledge(lang);
  // What the knowledge is searched for: the message without the contact details it gave.
  const question = turn.added ? askedBesideContact(turn.message, turn.found) : turn.message;
  const recent = memory.turns.slice(-4).map((t) => t.text);
  // Rendered only when a model is asked: the offline answerer does its own search, and a bot
  // answering offline should not pay for a prompt nobody reads.
  let prompted: ReturnType<BotSnapshot['systemPrompt']> | undefined;
  const promptFor = () =>
    (prompted ??= snapshot.systemPrompt({
      lang,
      question,
      recentTurns: recent,
      visitor: { ...options.visitor, ...contactForPrompt(turn.contact) },
      now: turn.now,
    }));
  const tools = toolCalls(turn);
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
        history ??= historyWithin(turn.turns, snapshot.config.ai.historyTokens);
        return history;
      },
      tools: toolDefinitions,
      maxTokens: snapshot.config.ai.maxTokens,
      offlineAnswer: () =>
        (offline ??= answerOffline(
          knowledge,
          question,
          lastExchange(memory.turns, {
            fallback: knowledge.fallback,
            didYouMean: knowledge.ui.didYouMean,
            own: botMessages(lang),
          }),
          snapshot.config.retrieval,
        )),
    },
    {
      onTools: tools.onTools,
      ...(options.onText ? { onText: options.onText } : {}),
      ...(options.onReset ? { onReset: options.onReset } : {}),
      ...(options.cancellation ? { cancellation: options.cancellation } : {}),
    },
  );
  return {
    result,
    offline,
    prompted,
    promptFor,
    humanRequest: tools.humanRequest(),
    leadNote: tools.leadNote(),
  };
}

/** save_lead adds to the turn's contact; request_human stops the cascade and hands off. */
function toolCalls(turn: TurnInput) {
  let humanRequest: string | undefined;
  let leadNote: string | undefined;
  const onTools = async (calls: ToolCall[]) => {
    const results: ToolResult[] = [];
    for (const call of calls) {
      const checked = checkToolCall(call, turn.lang, turn.snapshot.config.leads.phoneCountry);
      if (!checked.ok) {
        results.push({ call, content: JSON.stringify({ error: checked.error }), isError: true });
        continue;
      }
      if (checked.call.name === 'save_lead') {
        turn.contact = mergeContact(turn.contact, checked.call.contact);
        turn.added = mergeContact(turn.added ?? {}, checked.call.contact);
        if (checked.call.note) leadNote = checked.call.note;
        results.push({ call, content: JSON.stringify({ saved: true }), isError: false });
      } else {
        humanRequest = checked.call.reason;
        results.push({ call, content: JSON.stringify({ handedOff: true }), isError: false });
      }
    }
    return { results, stop: humanRequest !== undefined };
  };
  return { onTools, humanRequest: () => humanRequest, leadNote: () => leadNote };
}

/** The turn the cascade's outcome makes. */
export function turnFrom(turn: TurnInput, asked: Asked): BotTurn {
  const { result, offline, prompted } = asked;
  const ranking = offline?.ranking ?? (prompted ? rankingOf(prompted.retrieval.hits) : undefined);
  const extras = {
    ...(turn.added ? { newContact: turn.added } : {}),
    ...(asked.leadNote ? { leadNote: asked.leadNote } : {}),
    ...(ranking ? { ranking } : {}),
    ...(offline?.confidence !== undefined ? { confidence: offline.confidence } : {}),
    ...(offline?.suggestions && result.ok && result.provider.kind === 'offline'
      ? { suggestions: offline.suggestions }
      : {}),
  };
  if (!result.ok) return unanswered(turn, result, extras);
  const via = {
    provider: result.provider.name,
    model: result.provider.model,
    attempts: result.attempts,
  };
  if (asked.humanRequest !== undefined) {
    const handed = handOff(turn, 'tool', asked.humanRequest, result.text.trim() || undefined, via);
    return Object.assign({}, handed, extras);
  }
  // A model's reply counts as unanswered when the knowledge had nothing for the question; the
  // offline answerer knows for itself.
  const failed = result.grounding?.failed ?? asked.promptFor().retrieval.citations.length === 0;
  const citations = result.grounding?.citations ?? asked.promptFor().retrieval.citations;
  const failedInARow = failed ? turn.memory.failedInARow + 1 : 0;
  // The knowledge had no answer: not a "did you mean…", not an outage (stats and gaps count it).
  const refusal = failed && offline?.source !== 'clarify' ? { refusal: true } : {};
  if (failedInARow >= turn.snapshot.config.handoff.failedAnswers) {
    const handed = handOff(turn, 'failed-answers', undefined, result.text, via);
    return Object.assign({}, handed, extras, refusal);
  }
  return {
    reply: result.text,
    citations,
    failed,
    ...refusal,
    ...via,
    ...extras,
    memory: remembered(turn.base, {
      contact: turn.contact,
      failedInARow,
      aiReplies: turn.memory.aiReplies + 1,
      turns: [...turn.turns, { author: 'bot', text: result.text }],
    }),
  };
}

/** Cancelled by an operator, or every provider failed (the fallback, and a person if one is in). */
function unanswered(
  turn: TurnInput,
  result: Extract<CascadeResult, { ok: false }>,
  extras: Partial<BotTurn>,
): BotTurn {
  const withContact = remembered(turn.base, { contact: turn.contact });
  if (result.cancelled)
    return {
      citations: [],
      failed: false,
      provider: 'bot',
      attempts: result.attempts,
      cancelled: true,
      ...extras,
      memory: withContact,
    };
  const { config } = turn.snapshot;
  const offer = humanAvailable(config, turn.now) ? `\n\n${botMessages(turn.lang).offerHuman}` : '';
  const reply = `${turn.snapshot.knowledge(turn.lang).fallback}${offer}`;
  return {
    reply,
    citations: [],
    failed: true,
    provider: 'bot',
    attempts: result.attempts,
    ...extras,
    memory: remembered(withContact, {
      failedInARow: turn.memory.failedInARow + 1,
      turns: [...turn.turns, { author: 'bot', text: reply }],
    }),
  };
}

function contactForPrompt(contact: ContactDetails): VisitorFacts {
  return {
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
  };
}

/**
 * The visitor's previous message and what the bot said of its topic: what a follow-up ("and for
 * kids?") refers to. The bot's answer says it; a fallback or one of the bot's own messages (a
 * person is coming, the team is back on Monday) says nothing about the topic, so it is left out:
 * "Unser Team … Telefonnummer" would pull the next question towards the team's page. Of a "did
 * you mean…", the first topic offered is the bot's best reading of the message, which the
 * visitor has just read ("was kostet das?" after "MFK?" was offered). The second topic is
 * another subject, and as context it pulls follow-ups towards it.
 */
export function lastExchange(
  turns: ConversationMemory['turns'],
  texts: {
    readonly fallback: string;
    readonly didYouMean: string;
    /** The bot's own messages in the conversation's language (bot-messages.ts). */
    readonly own?: BotMessages;
  },
): string[] {
  const last = turns.findLastIndex((t) => t.author === 'visitor');
  if (last < 0) return [];
  const [asked, reply] = turns.slice(last, last + 2);
  if (
    reply?.author !== 'bot' ||
    reply.text.startsWith(texts.fallback) ||
    (texts.own && isOwnMessage(reply.text, texts.own))
  )
    return [asked!.text];
  if (!reply.text.startsWith(texts.didYouMean)) return [asked!.text, reply.text];
  const offered = offeredTitles(reply.text, texts.didYouMean)[0];
  return offered === undefined ? [asked!.text] : [asked!.text, offered];
}

/** Whether a text is one of the bot's own messages, its {placeholders} filled. */
function isOwnMessage(text: string, own: BotMessages): boolean {
  return Object.values(own).some((template: string) => filledFrom(template).test(text));
}

const templatePatterns = new Map<string, RegExp>();

/** A template as a pattern its filled texts match: "Thank you{name}!" meets "Thank you, Ana!". */
function filledFrom(template: string): RegExp {
  let pattern = templatePatterns.get(template);
  if (!pattern) {
    const pieces = template.split(/\{\w+\}/).map(escapeRegExp);
    pattern = new RegExp(`^${pieces.join('.*?')}$`, 's');
    templatePatterns.set(template, pattern);
  }
  return pattern;
}

/** The latest turns that fit the budget, oldest first; the current message always goes. */
export function historyWithin(
  turns: ConversationMemory['turns'],
  budgetTokens: number,
): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index--) {
    const t = turns[index]!;
    const cost = estimateTokens(t.text) + 4;
    if (kept.length > 0 && used + cost > budgetTokens) break;
    used += cost;
    kept.unshift({ role: t.author === 'visitor' ? 'user' : 'assistant', content: t.text });
  }
  // Providers want the history to start with the visitor.
  while (kept.length > 1 && kept[0]!.role === 'assistant') kept.shift();
  return kept;
}
