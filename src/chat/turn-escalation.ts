/**
 * The bot turn's topic tags and escalation rules: what a visitor message is about and which
 * rules fire on it, read twice. Before the answer, from the message alone (keyword intents,
 * keywords, sentiment, lead, attributes), so a rule that hands off does so before the bot
 * answers; after it, with the topics of the cited blocks and the failed answers in a row, and a
 * rule that fires only then hands off after the answer is shown.
 */
import { hasContact } from '../domain/contact-details.js';
import type { BotTurn } from './bot-turn.js';
import { type Escalation, type EscalationFacts, escalate } from './escalation.js';
import { messageStems } from './phrases.js';
import { citedTopics, distinctTopics, keywordTopics } from './topics.js';
import { handOff, recentSentiment, type TurnInput } from './turn-steps.js';

/** What was read of the message before the answer. */
export interface EarlyRead {
  readonly topics: readonly string[];
  /** Undefined when no escalation rules are configured: nothing else is computed then. */
  readonly facts: EscalationFacts | undefined;
  readonly escalation: Escalation | undefined;
}

const nothingRead: EarlyRead = { topics: [], facts: undefined, escalation: undefined };

export function beforeAnswer(turn: TurnInput): EarlyRead {
  const { topics, escalation: rules } = turn.snapshot.config;
  const hasIntents = Object.keys(topics).length > 0;
  // Most bots configure neither: their messages cost nothing more than before.
  if (!hasIntents && rules.length === 0) return nothingRead;
  const words = messageStems(turn.message, turn.lang);
  const found = hasIntents ? keywordTopics(words, turn.lang, topics) : [];
  if (rules.length === 0) return { topics: found, facts: undefined, escalation: undefined };
  const facts: EscalationFacts = {
    lang: turn.lang,
    words,
    sentiment: recentSentiment(turn),
    topics: found,
    failedInARow: undefined,
    lead: hasContact(turn.contact),
    attributes: turn.options.attributes ?? {},
  };
  return { topics: found, facts, escalation: escalate(rules, facts) };
}

/**
 * The turn with the message's topics and the escalation on it. `quiet`: a person has the chat
 * or it waits for one, so a rule tags and raises the priority but hands nothing off.
 */
export function marked(
  botTurn: BotTurn,
  read: Pick<EarlyRead, 'topics' | 'escalation'>,
  quiet = false,
): BotTurn {
  const escalation =
    read.escalation && quiet ? { ...read.escalation, handoff: false } : read.escalation;
  if (read.topics.length === 0 && !escalation) return botTurn;
  return Object.assign({}, botTurn, {
    ...(read.topics.length > 0 ? { topics: read.topics } : {}),
    ...(escalation ? { escalation } : {}),
  });
}

/** The answered turn with the cited topics, and the rules checked again with all facts. */
export function afterAnswer(turn: TurnInput, early: EarlyRead, answered: BotTurn): BotTurn {
  if (answered.cancelled) return answered;
  const blocks = turn.snapshot.knowledge(turn.lang).blocks;
  const topics = distinctTopics(early.topics, citedTopics(answered.citations, blocks));
  if (!early.facts) return marked(answered, { topics, escalation: undefined });
  const escalation = escalate(turn.snapshot.config.escalation, {
    ...early.facts,
    topics,
    failedInARow: answered.failed ? turn.memory.failedInARow + 1 : 0,
  });
  if (!escalation?.handoff || answered.handoff) return marked(answered, { topics, escalation });
  // A rule only the answer could fire (a cited topic, failed answers): the answer is shown,
  // then the handoff notice.
  const handed = handOff(turn, 'escalation', escalation.rules.join(', '), answered.reply, {
    provider: answered.provider,
    ...(answered.model ? { model: answered.model } : {}),
    attempts: answered.attempts,
  });
  const merged = Object.assign({}, answered, handed, {
    citations: answered.citations,
    failed: answered.failed,
  });
  return marked(merged, { topics, escalation });
}
