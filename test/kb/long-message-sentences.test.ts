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

describe('a long message read without its story', () => {
  it.each([
    [
      'test/fixtures/bots/hotel',
      'en',
      'Hello, we land at Girona airport at 23:40 on a Friday, can you organise a pickup?',
      'airport-transfer',
    ],
    [
      'test/fixtures/bots/garage',
      'fr',
      "Mes plaquettes sont usées d'après mon beau-frère qui s'y connaît un peu, ça coûterait combien de les changer à l'avant ?",
      'prices',
    ],
    ['.', 'ru', 'а вы забираете из гостиницы? нас двое, живем в Эшампле', 'pickup'],
  ])('%s %s: "%s" is answered though much of it is the story', (dir, lang, q, id) => {
    const answer = answerOffline(projectKnowledge(dir, lang), q, [], asConfigured);
    expect(answer.failed, `confidence ${answer.confidence}`).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });

  it('is not answered when most of what it asks is words the knowledge never uses', () => {
    const tours = projectKnowledge('.', 'en');
    const message =
      'Do you sell tickets for the Camp Nou stadium tour? We are a family of four from Leeds';
    expect(answerOffline(tours, message, [], asConfigured).failed).toBe(true);
  });

  it.each([
    'Hello, we are a family of four coming in August, can we rent electric scooters at the hotel for the week?',
    'Hi, my husband and I are coming for our anniversary in June, is it possible to hire a yacht for the day?',
  ])('"%s" is still refused: the thing it asks for is one the knowledge never names', (q) => {
    const answer = answerOffline(
      projectKnowledge('test/fixtures/bots/hotel', 'en'),
      q,
      [],
      asConfigured,
    );
    expect(answer.failed).toBe(true);
  });
});
