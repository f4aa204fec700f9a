/**
 * "How much do veneers cost?" is about veneers: the words that ask for a price, a time or a
 * place are what is asked about the topic, not the topic. A block whose title names the rest of
 * the question whole is then as plainly the answer as if the visitor had said only "veneers",
 * though a neighbouring block that lists prices matches the question almost as well. Before, such
 * questions got "did you mean…" instead of the answer.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { fixtureKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('a question about a titled topic that also asks for its price', () => {
  it.each([
    ['clinic', 'en', 'how much do veneers cost', 'veneers'],
    ['clinic', 'ru', 'скока стоит чистка зубов', 'cleaning'],
    ['movers', 'ru', 'сколько стоит пузырчатая плёнка', 'packing-materials'],
    ['shop', 'es', '¿cuál es el molinillo más barato?', 'grinders'],
  ])('%s %s "%s" answers from %s', (bot, lang, question, id) => {
    const answer = answerOffline(fixtureKnowledge(bot, lang), question, [], asConfigured);
    expect(answer.source).not.toBe('clarify');
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });

  it('counts a kind the knowledge never states as part of the question, which is missing', () => {
    // The clinic has no discounts: "скидки" is what is asked, not a word asking for a price.
    const answer = answerOffline(
      fixtureKnowledge('clinic', 'ru'),
      'у вас есть скидки пенсионерам?',
      [],
      asConfigured,
    );
    expect(answer.source).not.toBe('sentences');
    expect(answer.failed).toBe(true);
  });

  it('still counts the price words where the title names them ("Opening hours")', () => {
    const answer = answerOffline(
      fixtureKnowledge('clinic', 'en'),
      'what are your hours in july',
      [],
      asConfigured,
    );
    expect(answer.citations[0]?.id).toBe('opening-hours');
  });
});
