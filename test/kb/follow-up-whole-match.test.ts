/**
 * A short question after another is read as a follow-up, and the previous exchange picks among
 * the blocks the question matches. A block that alone says all the question asks keeps its place
 * there, though the previous exchange never mentions it, when the blocks the exchange does
 * match say only part of the question. Before, "¿cómo se llega en metro?" after "¿habláis inglés?
 * mi pareja quiere venir" found the farewell page, which says "venir", and was refused.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('a follow-up that one block answers whole', () => {
  it.each([
    [
      'test/fixtures/bots/vet',
      'es',
      '¿habláis inglés? mi pareja es irlandesa y quiere venir',
      '¿cómo se llega en metro?',
      'location',
    ],
    [
      'test/fixtures/bots/garage',
      'fr',
      'vous vendez des motos ?',
      'ok. Et vos occasions, elles ont une garantie ?',
      'used-cars',
    ],
  ])('%s %s: "%s" then "%s" answers from %s', (dir, lang, before, question, id) => {
    const kb = projectKnowledge(dir, lang);
    const previous = answerOffline(kb, before, [], asConfigured);
    const exchange = previous.failed ? [before] : [before, previous.text];
    const answer = answerOffline(kb, question, exchange, asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });
});
