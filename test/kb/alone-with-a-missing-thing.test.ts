/**
 * A question that finds one block only because its other word is a thing the knowledge never
 * mentions is not sure of that block: "is there a discount for pensioners?" finds the discounts
 * page alone because no block says "pensioners". Before, being the only block counted as the
 * widest lead, and such questions were answered with the discounts the business does give.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('the only block found, beside a thing the knowledge never mentions', () => {
  it.each([
    ['test/fixtures/bots/bikeshop', 'ru', 'есть ли скидка для пенсионеров?'],
    ['test/fixtures/bots/bikeshop', 'es', '¿hay descuento para jubilados?'],
    ['test/fixtures/bots/shop', 'en', 'do you have a student discount?'],
  ])('%s %s: "%s" is not answered', (dir, lang, question) => {
    const answer = answerOffline(projectKnowledge(dir, lang), question, [], asConfigured);
    expect(answer.failed).toBe(true);
  });

  it.each([
    ['test/fixtures/bots/bikeshop', 'en', 'do you give discounts for groups?', 'discounts'],
    ['test/fixtures/bots/shop', 'en', 'do you have discount codes?', 'discount-codes'],
  ])('%s %s: "%s" is still answered', (dir, lang, question, id) => {
    const answer = answerOffline(projectKnowledge(dir, lang), question, [], asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });
});
