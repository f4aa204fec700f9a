/**
 * "Mein Auto muss im Mai an die MFK", "queremos venir en abril": a month or "tomorrow" that the
 * knowledge never names dates the visit and says nothing about whether the knowledge answers,
 * as a number does. Counted as a word the knowledge lacks, it pushed answerable questions
 * below the confidence to answer.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { datesOnly } from '../../src/kb/periods.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const hotel = knowledgeOf('es', [
  block('groups', 'Grupos', 'Los grupos de seis habitaciones o más tienen un 10 % de descuento.'),
  block('rooms', 'Habitaciones', 'Todas las habitaciones tienen baño y aire acondicionado.'),
  block('august', 'Agosto', 'En agosto la recepción cierra a las 22:00.'),
]);

describe('a word that only dates the visit', () => {
  it('weighs nothing against the answer when the knowledge never names it', () => {
    const plain = answerOffline(hotel, '¿hay descuento de grupo?', [], { minConfidence: 0 });
    const dated = answerOffline(hotel, 'en abril, ¿hay descuento de grupo?', [], {
      minConfidence: 0,
    });
    expect(dated.citations[0]?.id).toBe('groups');
    expect(dated.confidence).toBeCloseTo(plain.confidence!, 5);
  });

  it('still picks the block when the knowledge names it', () => {
    const answer = answerOffline(hotel, '¿a qué hora cierra la recepción en agosto?', [], {
      minConfidence: 0,
    });
    expect(answer.citations[0]?.id).toBe('august');
  });

  it.each([
    ['de', 'Mai', true],
    ['fr', 'demain', true],
    ['ru', 'августе', true],
    ['uk', 'травні', true],
    ['fr', 'maison', false],
    ['ru', 'завтрак', false],
    ['de', 'Maler', false],
    ['en', 'summer', false],
    ['en', 'may', false],
  ])('%s "%s" dates only: %s', (lang, word, dates) => {
    expect(datesOnly(word, lang)).toBe(dates);
  });
});
