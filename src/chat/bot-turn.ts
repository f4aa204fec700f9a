/**
 * The bot's side of one visitor message: pick out contact details, decide whether a person
 * should take over (keyword, sentiment, repeated failed answers, the AI message limit, the
 * model's request_human tool), and otherwise answer through the cascade, streaming.
 * Business hours decide what a handoff means: within them the chat waits for a person;
 * outside them the bot never promises one and asks for contact details instead.
 * Transport-free: the server, `chatbot shell` and `chatbot test` all call it.
 */

import type { Cancellation } from '../ai/cancellation.js';
import type { AiEngine } from '../ai/engine.js';
import type { Attempt } from '../domain/attempt.js';
import type { Citation, ContactDetails, ConversationState } from '../domain/conversation.js';
import type { Handoff } from '../domain/handoff.js';
import type { RankedBlock } from '../kb/language-knowledge.js';
import type { VisitorFacts } from '../prompt/build-context.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { Escalation } from './escalation.js';
import { modelTopics } from './topic-model.js';
import { distinctTopics } from './topics.js';
import { askCascade, turnFrom } from './turn-cascade.js';
import { afterAnswer, beforeAnswer, type EarlyRead, marked } from './turn-escalation.js';
import { contactThanks, handOff, handoffTrigger, quietTurn, readTurn } from './turn-steps.js';

export { historyWithin, lastExchange } from './turn-cascade.js';

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
  /** The visitor message's topics: keyword intents and the cited blocks' (src/chat/topics.ts). */
  readonly topics?: readonly string[];
  /** The escalation rules that fired on the message, combined (src/chat/escalation.ts). */
  readonly escalation?: Escalation;
  /** The assistant that answered (its snapshot's), when routing chose one; none: the default bot. */
  readonly assistant?: string;
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
  /** The visitor facts escalation rules compare (`when.attribute`; escalation.ts attributesOf). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export function newConversation(lang: string): ConversationMemory {
  return { lang, state: 'bot', turns: [], failedInARow: 0, aiReplies: 0, contact: {} };
}

/**
 * One visitor message, answered in named steps: read it, stay quiet while a person has the
 * chat, hand off when a trigger fires, thank a visitor who only left contact details, else ask
 * the cascade and make a turn of its outcome (turn-steps.ts, turn-cascade.ts).
 */
export async function botTurn(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  message: string,
  options: TurnOptions,
): Promise<BotTurn> {
  const turn = await answer(snapshot, memory, message, options);
  return snapshot.assistant ? { ...turn, assistant: snapshot.assistant } : turn;
}

async function answer(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  message: string,
  options: TurnOptions,
): Promise<BotTurn> {
  const turn = readTurn(snapshot, memory, message, options);
  // Topic tags by the model (topicModel.enabled) run alongside the reply, within their timeout.
  const byModel = modelTopics(turn);
  const early = beforeAnswer(turn);
  if (memory.state !== 'bot')
    return marked(quietTurn(turn, memory.state), await withTopics(early, byModel), true);
  const trigger = handoffTrigger(turn);
  if (trigger)
    return marked(handOff(turn, trigger.reason, trigger.detail), await withTopics(early, byModel));
  if (early.escalation?.handoff)
    return marked(
      handOff(turn, 'escalation', early.escalation.rules.join(', ')),
      await withTopics(early, byModel),
    );
  const thanks = contactThanks(turn);
  if (thanks) return marked(thanks, await withTopics(early, byModel));
  const answered = turnFrom(turn, await askCascade(turn));
  return afterAnswer(turn, await withTopics(early, byModel), answered);
}

/** The early read with the model's topics added (after the offline ones), when it was asked. */
async function withTopics(
  early: EarlyRead,
  byModel: Promise<readonly string[]> | undefined,
): Promise<EarlyRead> {
  if (!byModel) return early;
  const added = await byModel;
  return added.length > 0 ? { ...early, topics: distinctTopics(early.topics, added) } : early;
}
