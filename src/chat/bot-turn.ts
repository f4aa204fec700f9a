/**
 * The bot's side of one visitor message: pick out contact details, decide whether a person
 * should take over (keyword, repeated failed answers, the AI message limit), and otherwise
 * answer. Business hours decide what a handoff means: within them the chat waits for a person;
 * outside them the bot never promises one and asks for contact details instead.
 * Transport-free: the server and `chatbot test` both call it.
 */
import { answerOffline } from '../ai/offline-answerer.js';
import type { Citation } from '../kb/language-knowledge.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { botMessages, fill } from './bot-messages.js';
import {
  type ContactDetails,
  extractContactDetails,
  isMostlyContact,
  mergeContact,
} from './contact-details.js';
import { announceHandoff } from './handoff.js';
import { findHandoffKeyword } from './handoff-keywords.js';

export type ConversationState = 'bot' | 'waiting' | 'human' | 'resolved';
export type HandoffReason = 'keyword' | 'failed-answers' | 'ai-limit';

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
  readonly handoff?: {
    readonly reason: HandoffReason;
    readonly detail?: string;
    readonly humanAvailable: boolean;
  };
  /** Details this message added to the contact, when it added any. */
  readonly newContact?: ContactDetails;
  readonly memory: ConversationMemory;
}

export function newConversation(lang: string): ConversationMemory {
  return { lang, state: 'bot', turns: [], failedInARow: 0, aiReplies: 0, contact: {} };
}

export function botTurn(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  message: string,
  now = new Date(),
): BotTurn {
  const lang = snapshot.resolveLanguage(memory.lang);
  const found = extractContactDetails(message, lang);
  const contact = mergeContact(memory.contact, found);
  const added = Object.keys(found).length > 0 ? found : undefined;
  const turns = [...memory.turns, { author: 'visitor' as const, text: message }];
  const base = { ...memory, lang, contact, turns };
  const quiet = (state: ConversationState): BotTurn => ({
    citations: [],
    failed: false,
    ...(added ? { newContact: added } : {}),
    memory: { ...base, state },
  });
  if (memory.state !== 'bot') return quiet(memory.state);

  const handOff = (reason: HandoffReason, detail: string | undefined, prefix?: string): BotTurn => {
    const { humanAvailable, text } = announceHandoff(snapshot.config, lang, contact, now);
    const reply = prefix ? `${prefix}\n\n${text}` : text;
    return {
      reply,
      citations: [],
      failed: reason === 'failed-answers',
      handoff: { reason, ...(detail ? { detail } : {}), humanAvailable },
      ...(added ? { newContact: added } : {}),
      memory: {
        ...base,
        state: humanAvailable ? 'waiting' : 'bot',
        failedInARow: 0,
        turns: [...turns, { author: 'bot', text: reply }],
      },
    };
  };

  const keyword = findHandoffKeyword(message, lang, snapshot.config.handoff.keywords);
  if (keyword) return handOff('keyword', keyword);
  if (memory.aiReplies >= snapshot.config.handoff.maxAiMessages)
    return handOff('ai-limit', undefined);

  const knowledge = snapshot.knowledge(lang);
  if (added && isMostlyContact(message, found, (text) => knowledge.tokenizer.tokens(text))) {
    // "My email is …" is not a question: thank the visitor instead of searching the knowledge.
    const reply = fill(botMessages(lang).contactThanks, {
      name: contact.name ? `, ${contact.name}` : '',
    });
    return {
      reply,
      citations: [],
      failed: false,
      newContact: added,
      memory: {
        ...base,
        turns: [...turns, { author: 'bot', text: reply }],
        aiReplies: memory.aiReplies + 1,
      },
    };
  }
  const recent = memory.turns.slice(-4).map((turn) => turn.text);
  const answer = answerOffline(knowledge, message, recent, snapshot.config.retrieval);
  const failedInARow = answer.failed ? memory.failedInARow + 1 : 0;
  if (failedInARow >= snapshot.config.handoff.failedAnswers)
    return handOff('failed-answers', undefined, answer.text);
  return {
    reply: answer.text,
    citations: answer.citations,
    failed: answer.failed,
    ...(added ? { newContact: added } : {}),
    memory: {
      ...base,
      failedInARow,
      aiReplies: memory.aiReplies + 1,
      turns: [...turns, { author: 'bot', text: answer.text }],
    },
  };
}
