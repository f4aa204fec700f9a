/**
 * Words of one family the stemmer leaves apart still point at the sentence that holds them,
 * and short or common words do not.
 */
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { familyMatches } from '../../src/kb/word-family.js';

describe('relatives of the visitor’s words', () => {
  it.each([
    ['en', 'can you deliver it?', 'Deliveries are left at reception.', 1],
    ['ru', 'можно упаковать в подарок?', 'Подарочная упаковка стоит 3,50 €.', 2],
    ['es', '¿me lo podéis envolver?', 'El envoltorio cuesta 3,50 €.', 1],
    ['es', '¿para cuándo?', 'Parking gratuito.', 0],
  ])('%s "%s" against "%s": %i relatives', (lang, question, text, count) => {
    expect(familyMatches(new Tokenizer(lang), question, text)).toBe(count);
  });
});
