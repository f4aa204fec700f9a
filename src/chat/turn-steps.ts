/**
 * The steps of a bot turn that need no model: reading the message (contact details, the turns
 * so far), staying quiet while a person has the chat, the handoff triggers (keyword, sentiment,
 * the AI message limit), handing off, and thanking a visitor who only left contact details.
 */
import type { Attempt } from '../domain/attempt.js';
import { extractContactDetails, isMostlyContact, mergeContact } from '../domain/contact-details.js';
import type { ContactDetails, ConversationState } from '../domain/conversation.js';
import type { HandoffReason } from '../domain/handoff.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { botMessages, fill } from './bot-messages.js';
import type { BotTurn, ConversationMemory, TurnOptions } from './bot-turn.js';
import { announceHandoff } from './handoff.js';
import { asksForContactDetail, findHandoffKeyword } from './handoff-keywords.js';
import { sentimentOf } from './sentiment.js';

/** One visitor message being answered: what every step reads, and the contact it may add to. */
export interface TurnInput {
  readonly snapshot: BotSnapshot;
  readonly memory: ConversationMemory;
  readonly message: string;
  readonly options: TurnOptions;
  readonly now: Date;
  readonly lang: string;
  /** Contact details found in the message itself. */
  readonly found: ContactDetails;
  /** The conversation's contact, with what this turn learnt (the save_lead tool adds to it). */
  contact: ContactDetails;
  /** What this turn added to the contact, when it added anything. */
  added: ContactDetails | undefined;
  /** The turns so far, this message last. */
  readonly turns: ConversationMemory['turns'];
  /** The memory with this message in it, before the bot answers. */
  readonly base: ConversationMemory;
}

/** The bot's own texts (a handoff notice, a thank-you) come from no provider. */
export const ownText = (): Pick<BotTurn, 'provider' | 'attempts'> => ({
  provider: 'bot',
  attempts: [] as Attempt[],
});

/** Visitor messages the sentiment trigger reads together, the current one included. */
const sentimentWindow = 3;

export function readTurn(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  message: string,
  options: TurnOptions,
): TurnInput {
  const lang = snapshot.resolveLanguage(memory.lang);
  const found = extractContactDetails(message, lang, snapshot.config.leads.phoneCountry);
  const contact = mergeContact(memory.contact, found);
  const turns = [...memory.turns, { author: 'visitor' as const, text: message }];
  return {
    snapshot,
    memory,
    message,
    options,
    now: options.now ?? new Date(),
    lang,
    found,
    contact,
    added: Object.keys(found).length > 0 ? found : undefined,
    turns,
    base: remembered(memory, { lang, contact, turns }),
  };
}

/** A person has the chat, or it waits for one: the message is kept, the bot says nothing. */
export function quietTurn(turn: TurnInput, state: ConversationState): BotTurn {
  return {
    citations: [],
    failed: false,
    ...ownText(),
    ...(turn.added ? { newContact: turn.added } : {}),
    memory: remembered(turn.base, { state }),
  };
}

/** Why this message should go to a person before any answer is tried, if it should. */
export function handoffTrigger(
  turn: TurnInput,
): { reason: HandoffReason; detail: string | undefined } | undefined {
  const { handoff } = turn.snapshot.config;
  const keyword = findHandoffKeyword(turn.message, turn.lang, handoff.keywords);
  const { analyzer } = turn.snapshot.knowledge(turn.lang);
  if (keyword && !asksForContactDetail(turn.message, turn.lang, analyzer))
    return { reason: 'keyword', detail: keyword };
  const sentiment = recentSentiment(turn);
  if (sentiment < handoff.sentimentThreshold)
    return { reason: 'sentiment', detail: sentiment.toFixed(2) };
  if (turn.memory.aiReplies >= handoff.maxAiMessages)
    return { reason: 'ai-limit', detail: undefined };
  return undefined;
}

/** The sentiment of the last few visitor messages, this one included (-1..1). */
export function recentSentiment(turn: Pick<TurnInput, 'turns' | 'lang'>): number {
  const recentVisitor: string[] = [];
  for (
    let index = turn.turns.length - 1;
    index >= 0 && recentVisitor.length < sentimentWindow;
    index--
  )
    if (turn.turns[index]!.author === 'visitor') recentVisitor.unshift(turn.turns[index]!.text);
  return sentimentOf(recentVisitor, turn.lang);
}

/** Announces the handoff (a person is waited for only within business hours). */
export function handOff(
  turn: TurnInput,
  reason: HandoffReason,
  detail: string | undefined,
  prefix?: string,
  via: Pick<BotTurn, 'provider' | 'model' | 'attempts'> = ownText(),
): BotTurn {
  const { contact, added } = turn;
  const { humanAvailable, text } = announceHandoff(
    turn.snapshot.config,
    turn.lang,
    contact,
    turn.now,
  );
  const reply = prefix ? `${prefix}\n\n${text}` : text;
  return {
    reply,
    citations: [],
    failed: reason === 'failed-answers',
    handoff: { reason, ...(detail ? { detail } : {}), humanAvailable },
    ...via,
    ...(added ? { newContact: added } : {}),
    memory: remembered(turn.base, {
      contact,
      state: humanAvailable ? 'waiting' : 'bot',
      failedInARow: 0,
      turns: [...turn.turns, { author: 'bot', text: reply }],
    }),
  };
}

/** "My email is …" is not a question: the visitor is thanked instead of a model being asked. */
export function contactThanks(turn: TurnInput): BotTurn | undefined {
  const { added, contact } = turn;
  const knowledge = turn.snapshot.knowledge(turn.lang);
  if (
    !added ||
    !isMostlyContact(turn.message, turn.found, (text) => knowledge.tokenizer.tokens(text))
  )
    return undefined;
  const reply = fill(botMessages(turn.lang).contactThanks, {
    name: contact.name ? `, ${contact.name}` : '',
  });
  return {
    reply,
    citations: [],
    failed: false,
    ...ownText(),
    newContact: added,
    memory: remembered(turn.base, {
      turns: [...turn.turns, { author: 'bot', text: reply }],
      aiReplies: turn.memory.aiReplies + 1,
    }),
  };
}

/**
 * A memory with some of it changed. Object.assign, not a spread: in V8 a literal that opens with a
 * spread gets a hidden class of its own, and this runs for every message (docs/architecture.md,
 * "Object shapes").
 */
export function remembered(
  memory: ConversationMemory,
  changes: Partial<ConversationMemory>,
): ConversationMemory {
  return Object.assign({}, memory, changes);
}
