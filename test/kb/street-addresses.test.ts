/**
 * A street address in a block answers "what's your address?" as a price answers "how much?",
 * though the block never says the word "address": in each language, on a small shop's
 * knowledge written here, whose other blocks mention the office.
 */
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const cases = [
  {
    lang: 'en',
    blocks: [
      block('find-us', 'Find us', '<p>The shop is at Calle Larios 5, 29005 Málaga.</p>'),
      block('hours', 'Hours', '<p>The office answers the phone from 9 to 18.</p>'),
      block('team', 'Team', '<p>Ana runs the office and the workshop.</p>'),
    ],
    question: "what's your address?",
  },
  {
    lang: 'ru',
    blocks: [
      block('find-us', 'Как нас найти', '<p>Магазин: ул. Ленина 5, Москва.</p>'),
      block('hours', 'Часы', '<p>Офис отвечает на звонки с 9 до 18.</p>'),
      block('team', 'Команда', '<p>Анна руководит офисом и мастерской.</p>'),
    ],
    question: 'какой у вас адрес?',
  },
  {
    lang: 'es',
    blocks: [
      block('find-us', 'Cómo llegar', '<p>La tienda está en Calle Larios 5, 29005 Málaga.</p>'),
      block('hours', 'Horario', '<p>La oficina atiende el teléfono de 9 a 18.</p>'),
      block('team', 'Equipo', '<p>Ana lleva la oficina y el taller.</p>'),
    ],
    question: '¿cuál es vuestra dirección?',
  },
];

describe.each(cases)('a street address in $lang', (c) => {
  it('answers a question about the address, though the block never names it', () => {
    const ranked = knowledgeOf(c.lang, c.blocks).rank(c.question, [], 3);
    expect(ranked.hits[0]?.block.id).toBe('find-us');
    expect(ranked.hits[0]!.coverage).toBeGreaterThan(ranked.hits[1]?.coverage ?? 0);
  });
});

describe('what reads as a street address', () => {
  const en = new Tokenizer('en');
  const address = en.tokens('address')[0]!;
  it.each([
    'Our office is at Calle Sierra de Mijas 7, Polígono Las Lagunas.',
    'Meet us at Carrer de Casp 22.',
    'We are at 12 Baker Street, London.',
    'Hauptstraße 5 in Berlin.',
    'Polígono Las Lagunas, 29651 Mijas Costa.',
    'Vous nous trouvez à la route de Boujean 112, 2504 Biel/Bienne.',
    'Siamo in Via Roma 12, a Bienne.',
    'Estamos na Rua Augusta 100, em Lisboa.',
    'Largo do Carmo, 1200-092 Lisboa.',
  ])('"%s" does', (text) => {
    expect(en.tokens(text)).toContain(address);
  });
  it('in French, also a street word in lower case mid-sentence, before a name', () => {
    const fr = new Tokenizer('fr');
    const adresse = fr.tokens('adresse')[0]!;
    expect(fr.tokens('Nous sommes à la route de Boujean 112.')).toContain(adresse);
    expect(fr.tokens('La route est longue et belle.')).not.toContain(adresse);
  });
  it.each([
    'Prices from 12000 Euros.',
    'Via the A-7, take exit 214.',
    'The street is narrow.',
    'Open from 9 to 18.',
    'The route is 12 km long.',
    'In 2019 prices rose.',
  ])('"%s" does not', (text) => {
    expect(en.tokens(text)).not.toContain(address);
  });
});
