/**
 * Knowledge that writes a concept only as one of its phrases ("Air conditioning and heating",
 * "voiture de remplacement") knows what a visitor's other word for it asks ("aircon",
 * "véhicule de courtoisie"). Before, such a word found no term, counted as a thing the
 * knowledge never mentions, and the question was refused.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { phraseTerm } from '../../src/kb/query.js';
import { expectAnsweredFrom } from '../helpers/answers.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7 };

describe('a concept the knowledge writes only as a phrase', () => {
  it('is found by another word of its group', () => {
    const knowledge = knowledgeOf('en', [
      block('amenities', 'In every room', 'Air conditioning and heating, a safe and a kettle.'),
      block('parking', 'Parking', 'Free parking behind the hotel.'),
      block('breakfast', 'Breakfast', 'Served from 7:30 to 10:30.'),
    ]);
    const units = knowledge.analyzer.analyze('aircon');
    expect(units[0]?.terms.length).toBeGreaterThan(0);
    expect(knowledge.rank('do the rooms have aircon', [], 3).hits[0]?.block.id).toBe('amenities');
  });

  it.each([
    ['test/fixtures/bots/hotel', 'en', 'do the rooms have aircon', 'room-amenities'],
    [
      'test/fixtures/bots/garage',
      'fr',
      'Vous avez un break comme véhicule de courtoisie ? à quel prix ?',
      'courtesy-car',
    ],
    ['test/fixtures/bots/garage', 'de', 'Kann ich beim Ölwechsel vor Ort warten?', 'waiting-area'],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);

  it("tells its block apart when the visitor's own phrase has a word every block has", () => {
    // "macchina" is in every block; only "auto sostitutiva" names the courtesy car.
    const knowledge = knowledgeOf('it', [
      block(
        'courtesy-car',
        'Auto sostitutiva',
        'Una Polo per CHF 35 al giorno, la macchina resta a lei.',
      ),
      block('parking', 'Parcheggio', 'Lasci la macchina davanti al portone, ci sono 6 posti.'),
      block('wash', 'Lavaggio', 'Laviamo la macchina a mano, dentro e fuori.'),
    ]);
    const [unit] = knowledge.analyzer.analyze('macchina di cortesia');
    expect(unit?.terms.map((term) => term.term)).toContain(
      phraseTerm(unit ? knowledge.analyzer.conceptGroups(unit)[0]! : 0),
    );
    expect(knowledge.rank('avete una macchina di cortesia?', [], 3).hits[0]?.block.id).toBe(
      'courtesy-car',
    );
  });

  it.each([
    [
      'test/fixtures/bots/garage',
      'fr',
      'Est-ce que vous avez une voiture de remplacement pendant les réparations ?',
      'courtesy-car',
    ],
  ])('%s %s: "%s", whose own words every block has, is answered from %s', expectAnsweredFrom);

  it('is not read where the knowledge has a word of the group', () => {
    const knowledge = knowledgeOf('en', [
      block('amenities', 'In every room', 'Aircon, heating, a safe and a kettle.'),
      block('other', 'Air conditioning', 'See the rooms page.'),
    ]);
    const terms = knowledge.analyzer.analyze('air con')[0]?.terms.map((term) => term.term) ?? [];
    expect(terms.some((term) => term.startsWith(phraseTerm(0).slice(0, 1)))).toBe(false);
  });

  it('leaves a thing the knowledge never mentions missing', () => {
    const knowledge = knowledgeOf('en', [
      block('amenities', 'In every room', 'A safe, a kettle and a hairdryer.'),
      block('parking', 'Parking', 'Free parking behind the hotel.'),
    ]);
    const answer = answerOffline(knowledge, 'do the rooms have aircon?', [], asConfigured);
    expect(answer.failed).toBe(true);
  });
});
