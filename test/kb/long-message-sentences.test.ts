/**
 * A long message tells a story around its question. Its words spread the match thin, though one
 * sentence asks plainly what the best block answers: when a sentence read alone finds the same
 * block as the whole message, the answer is as sure as that sentence makes it. Before, these
 * messages were refused although the right block came first.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('a long message whose sentence asks what the best block answers', () => {
  it.each([
    [
      'test/fixtures/bots/garage',
      'fr',
      "Bonjour, le voyant moteur orange s'est allumé ce matin sur l'autoroute en venant de Soleure. La voiture roule normalement, pas de bruit bizarre. Est-ce que je peux encore rouler jusqu'à Neuchâtel ce soir ?",
      'diagnostics',
    ],
    [
      'test/fixtures/bots/garage',
      'de',
      'Notfall!! Auto springt nicht an, es ist Sonntagabend, wen kann ich anrufen?',
      'breakdown',
    ],
    [
      '.',
      'ru',
      'Нужны закрывающие документы для бухгалтерии, можете выставить счет на ООО? ИНН 7701234567',
      'payment',
    ],
  ])('%s %s: "%s" answers from %s', (dir, lang, message, id) => {
    const answer = answerOffline(projectKnowledge(dir, lang), message, [], asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });

  it('is not answered from a block that only one of its sentences finds', () => {
    const tours = projectKnowledge('.', 'en');
    const message =
      'We are a family of four from Leeds. The kids love football. Do you sell tickets for the Camp Nou stadium tour?';
    expect(answerOffline(tours, message, [], asConfigured).failed).toBe(true);
  });
});
