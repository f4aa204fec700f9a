/**
 * The airport is its own thing, not another word for a pick-up: a tour operator's free hotel
 * pick-up answers no "do you do airport transfers?", while a hotel's airport transfer does.
 * Before, the lexicon grouped "airport" with "pickup" and "transfer", and the demo bot answered
 * airport questions with its hotel pick-up.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('an airport question', () => {
  it.each([
    ['en', 'do you do airport transfers? we land at 7am'],
    ['ru', 'трансфер из аэропорта организуете?'],
    ['es', '¿hacéis traslados desde el aeropuerto?'],
  ])('%s: "%s" is not answered by a hotel pick-up', (lang, question) => {
    const answer = answerOffline(projectKnowledge('.', lang), question, [], asConfigured);
    expect(answer.citations.map((citation) => citation.id)).not.toContain('pickup');
  });

  it.each([
    ['en', 'can we get picked up from girona airport, there are 5 of us'],
    ['ru', 'сколько стоит встреча в аэропорту жироны на четверых'],
    ['es', 'por cierto, ¿el traslado al aeropuerto de Girona cuánto vale?'],
  ])('%s: "%s" is answered by an airport transfer', (lang, question) => {
    const hotel = projectKnowledge('test/fixtures/bots/hotel', lang);
    const answer = answerOffline(hotel, question, [], asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe('airport-transfer');
  });

  it('still finds the hotel pick-up for a pick-up question', () => {
    const answer = answerOffline(
      projectKnowledge('.', 'en'),
      'do you pick us up from our hotel?',
      [],
      asConfigured,
    );
    expect(answer.citations[0]?.id).toBe('pickup');
  });
});
