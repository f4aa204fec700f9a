/**
 * A shipping table lists a few countries by name and the rest by region: "¿enviáis a Francia?
 * ¿cuánto cuesta?" is answered by "Resto de la UE", not by the first rows of the table, which
 * name other countries.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { namesEuCountry, namesEuropeanUnion } from '../../src/kb/countries.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { asConfigured } from '../helpers/answers.js';

function shipping(lang: string, caption: string, rows: string[][]): LanguageKnowledge {
  return new LanguageKnowledge(lang, {
    greeting: 'Hi',
    fallback: 'FALLBACK',
    blocks: [
      {
        id: 'shipping',
        title: caption,
        body: '<p>We ship within Europe only.</p>',
        table: { columns: ['Destination', 'Cost'], rows },
        tags: [],
      },
    ],
  });
}

describe('a country the shipping table does not name', () => {
  it.each([
    [
      'en',
      'how much is shipping to Germany?',
      shipping('en', 'Shipping', [
        ['Spain', '€4.90'],
        ['Portugal', '€6.90'],
        ['Rest of the EU', '€9.90'],
        ['United Kingdom and Switzerland', '€14.90'],
      ]),
    ],
    [
      'es',
      '¿enviáis a Francia? ¿cuánto cuesta?',
      shipping('es', 'Envíos', [
        ['España peninsular', '4,90 €'],
        ['Portugal', '6,90 €'],
        ['Resto de la UE', '9,90 €'],
        ['Reino Unido y Suiza', '14,90 €'],
      ]),
    ],
    [
      'ru',
      'сколько стоит доставка во Францию?',
      shipping('ru', 'Доставка', [
        ['Испания', '4,90 €'],
        ['Португалия', '6,90 €'],
        ['Другие страны ЕС', '9,90 €'],
        ['Великобритания и Швейцария', '14,90 €'],
      ]),
    ],
  ])('%s: "%s" is answered by the row for the rest of the EU', (_lang, question, knowledge) => {
    const answer = answerOffline(knowledge, question, [], asConfigured);
    expect(answer.text).toMatch(/9,90|9\.90/);
    expect(answer.text).not.toMatch(/4,90|4\.90/);
  });

  it('is answered by its own row when the table names it', () => {
    const knowledge = shipping('en', 'Shipping', [
      ['Spain', '€4.90'],
      ['Portugal', '€6.90'],
      ['Rest of the EU', '€9.90'],
    ]);
    const answer = answerOffline(knowledge, 'how much is shipping to portugal?', [], asConfigured);
    expect(answer.text).toContain('€6.90');
    expect(answer.text).not.toContain('€9.90');
  });

  it('knows which countries are in the European Union, in each language', () => {
    const member = (lang: string, word: string) => {
      const tokenizer = new Tokenizer(lang);
      return namesEuCountry(tokenizer, tokenizer.stemOf(word));
    };
    expect(member('es', 'francia')).toBe(true);
    expect(member('ru', 'германию')).toBe(true);
    expect(member('en', 'switzerland')).toBe(false);
    expect(member('en', 'norway')).toBe(false);
    expect(namesEuropeanUnion('Resto de la UE')).toBe(true);
    expect(namesEuropeanUnion('Rest of the EU')).toBe(true);
    expect(namesEuropeanUnion('Другие страны ЕС')).toBe(true);
    expect(namesEuropeanUnion('Reino Unido y Suiza')).toBe(false);
  });
});
