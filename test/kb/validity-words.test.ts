/**
 * "¿Caducan?", "when does it expire?", "срок действия?" ask what "valid for 2 years" says: a
 * voucher's, a pass's or a quote's validity, in words the knowledge rarely repeats.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('how long something is valid', () => {
  it.each([
    ['en', 'when do they expire?', 'Gift vouchers', 'Vouchers from €50, valid for 12 months.'],
    [
      'es',
      '¿caducan?',
      'Tarjetas regalo',
      'Desde 50 €, válidas durante 2 años en cualquier excursión.',
    ],
    ['ru', 'какой срок действия?', 'Подарочные сертификаты', 'От 50 €, действительны 2 года.'],
  ])('%s: "%s" finds the voucher that says how long it holds', (lang, question, title, body) => {
    const knowledge = knowledgeOf(lang, [
      block('vouchers', title, body),
      block('payment', 'Payment', 'Cards and cash.'),
    ]);
    const answer = answerOffline(knowledge, question, [], { minConfidence: 0 });
    expect(answer.citations[0]?.id).toBe('vouchers');
  });
});
