import { describe, expect, it } from 'vitest';
import { estimateTokens, Tokenizer } from '../../src/kb/tokenize.js';

describe('tokenizing', () => {
  it('stems English and drops stop words', () => {
    expect(new Tokenizer('en').tokens('Can I cancel the bookings?')).toEqual(['cancel', 'book']);
  });

  it('handles Cyrillic: case, endings and ё', () => {
    const ru = new Tokenizer('ru');
    expect(ru.tokens('Экскурсии')).toEqual(ru.tokens('экскурсию'));
    expect(ru.tokens('ДЕТЕЙ')).toEqual(ru.tokens('дети'));
    expect(ru.tokens('ёлка')).toEqual(ru.tokens('елка'));
  });

  it('folds accents and stems Spanish', () => {
    const es = new Tokenizer('es');
    expect(es.tokens('cancelación')).toEqual(es.tokens('cancelacion'));
    expect(es.tokens('Excursiones')).toEqual(es.tokens('excursión'));
    expect(es.tokens('¿Puedo llevar a mi perro?')).toEqual(['llev', 'perr']);
  });

  it('joins the singular and plural of Portuguese "-ão" nouns, which Snowball leaves apart', () => {
    const pt = new Tokenizer('pt');
    expect(pt.tokens('reuniões')).toEqual(pt.tokens('reunião'));
    expect(pt.tokens('opções')).toEqual(pt.tokens('opção'));
    expect(pt.tokens('cartões')).toEqual(pt.tokens('cartão'));
    // A card is still no letter.
    expect(pt.tokens('cartão')).not.toEqual(pt.tokens('carta'));
  });

  it("gives a Ukrainian plural its singular's stem where the stemmer cut it as a verb", () => {
    const uk = new Tokenizer('uk');
    expect(uk.tokens('тераси')).toEqual(uk.tokens('тераса'));
    expect(uk.tokens('адреси')).toEqual(uk.tokens('адреса'));
    expect(uk.tokens('програми')).toEqual(uk.tokens('програма'));
    expect(uk.tokens('каси')).not.toEqual(uk.tokens('карта'));
    // An infinitive keeps the stem of its verb.
    expect(uk.tokens('робити')).toEqual(['роб']);
  });

  it('keeps Spanish words apart that Snowball joins: "solo" and "sol", "tardan" and "tarde"', () => {
    const es = new Tokenizer('es');
    expect(es.tokens('solo para nosotros')).not.toContain(es.tokens('sol')[0]);
    expect(es.tokens('sola')).toEqual(es.tokens('solo'));
    // "tardan" (how long they take) is no "tarde" (afternoon).
    expect(es.tokens('tardan')).toEqual(es.tokens('tarda'));
    expect(es.tokens('tardan')).not.toEqual(es.tokens('tarde'));
  });

  it('keeps numbers and works for languages without a stemmer', () => {
    expect(new Tokenizer('ja').tokens('Tour 2026 東京')).toEqual(['tour', '2026', '東京']);
  });

  it('keeps "accessible" apart from "access", which Snowball joins', () => {
    const en = new Tokenizer('en');
    expect(en.tokens('wheelchair accessible, accessibility')).toEqual([
      'wheelchair',
      'accessibl',
      'accessibl',
    ]);
    expect(en.tokens('24/7 access, accessing')).toEqual(['24', '7', 'access', 'access']);
    for (const [lang, text] of [
      ['es', 'accesible accesibilidad acceso'],
      ['fr', 'accessible accessibilité accès'],
      ['it', 'accessibile accessibilità accesso'],
      ['pt', 'acessível acessibilidade acesso'],
    ] as const) {
      const [accessible, accessibility, access] = new Tokenizer(lang).tokens(text);
      expect(accessible, lang).toBe(accessibility);
      expect(accessible, lang).not.toBe(access);
    }
  });

  it('estimates more tokens per character for Cyrillic than for Latin', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100);
    expect(estimateTokens('я'.repeat(400))).toBe(160);
  });
});
