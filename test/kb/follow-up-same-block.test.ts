/**
 * A short question is also read as a follow-up of the previous exchange. When that reading and
 * the question alone find the same block, the previous topic has only confirmed it, and the
 * answer is as sure as the question alone makes it. Before, the follow-up reading was taken on
 * its own confidence, and "¿aceptáis American Express?" after a question about paying in
 * advance was met with "did you mean…", though alone it is answered.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('a follow-up that alone finds the same block', () => {
  it.each([
    [
      'test/fixtures/bots/hotel',
      'es',
      '¿hay que pagar algo por adelantado?',
      '¿aceptáis American Express?',
      'payment',
    ],
    [
      '.',
      'en',
      'how much do I have to pay now?',
      'and if I cancel a month before?',
      'cancellation',
    ],
    [
      'test/fixtures/bots/movers',
      'en',
      'and can I get in at the weekend?',
      'can i leave tins of paint and thinners in there?',
      'storage-rules',
    ],
  ])('%s %s: "%s" then "%s" answers from %s', (dir, lang, before, question, id) => {
    const kb = projectKnowledge(dir, lang);
    const alone = answerOffline(kb, question, [], asConfigured);
    expect(alone.citations[0]?.id).toBe(id);
    const previous = answerOffline(kb, before, [], asConfigured);
    const exchange = previous.failed ? [before] : [before, previous.text];
    const answer = answerOffline(kb, question, exchange, asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });
});
