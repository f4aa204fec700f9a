/**
 * "Почём коробки?" is about boxes: the words that ask for a price, a time or a place are what
 * is asked about the topic, and they weigh less than the topic's words in choosing a block. A
 * block that lists prices and mentions boxes once is not the one about boxes. Before, such a
 * block came first and the question was refused.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { fixtureKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('a question naming a topic and asking its price', () => {
  it.each([
    ['movers', 'ru', 'почём коробки?', 'packing-materials'],
    ['clinic', 'ru', 'сколько стоят виниры', 'veneers'],
    ['clinic', 'en', 'how much is a clean', 'cleaning'],
    ['shop', 'en', 'whats the cheapest grinder you have', 'grinders'],
    ['movers', 'en', 'price for 10 cubic metres to england?', 'uk-prices'],
  ])('%s %s "%s" finds and answers from %s', (bot, lang, question, id) => {
    const knowledge = fixtureKnowledge(bot, lang);
    expect(knowledge.rank(question, [], 3).hits[0]?.block.id).toBe(id);
    const answer = answerOffline(knowledge, question, [], asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });
});
