/**
 * A message of several sentences: the sentence with the question mark is the question, the
 * story around it only helps choose. And a sentence before the question ("thanks.") closes the
 * previous topic unless the question opens with "and". In each language, on a small removals
 * company's knowledge written here.
 */
import { describe, expect, it } from 'vitest';
import { askedAndAside } from '../../src/kb/language-knowledge.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const cases = [
  {
    lang: 'en',
    blocks: [
      block(
        'areas',
        'Areas we cover',
        '<p>We move homes in Torremolinos, Alhaurín and Málaga.</p>',
      ),
      block('piano', 'Piano moving', '<p>Moving an upright piano costs €280 within the coast.</p>'),
      block('boxes', 'Boxes', '<p>We sell cardboard boxes from €2.20 and bubble wrap.</p>'),
      block('children', 'Children', '<p>Children under 12 travel for half price.</p>'),
      block('parking', 'Parking', '<p>Free parking for customers in front of the warehouse.</p>'),
      block(
        'storage',
        'Storage units',
        '<p>Storage units from 1 m² to 25 m², from €39 a month.</p>',
      ),
    ],
    story:
      'We are moving our house from Torremolinos to Alhaurín next month, with a piano. Do you sell boxes?',
    topic: 'do you have storage units?',
    answer: 'Storage units from 1 m² to 25 m², from €39 a month.',
    movedOn: 'Thanks. Where can I park?',
    carriedOn: 'Ok. And how much is it?',
  },
  {
    lang: 'ru',
    blocks: [
      block(
        'areas',
        'Где мы работаем',
        '<p>Перевозим квартиры в Торремолиносе, Алаурине и Малаге.</p>',
      ),
      block('piano', 'Перевозка пианино', '<p>Перевезти пианино по побережью стоит 280 €.</p>'),
      block('boxes', 'Коробки', '<p>Продаём картонные коробки от 2,20 € и пузырчатую плёнку.</p>'),
      block('children', 'Дети', '<p>Дети до 12 лет — за полцены.</p>'),
      block('parking', 'Парковка', '<p>Бесплатная парковка для клиентов перед складом.</p>'),
      block('storage', 'Склад', '<p>Боксы на складе от 1 до 25 м², от 39 € в месяц.</p>'),
    ],
    story:
      'Мы переезжаем из Торремолиноса в Алаурин в следующем месяце, с пианино. Коробки продаёте?',
    topic: 'у вас есть склад?',
    answer: 'Боксы на складе от 1 до 25 м², от 39 € в месяц.',
    movedOn: 'Понял. Где у вас парковка?',
    carriedOn: 'Хорошо. И сколько это стоит?',
  },
  {
    lang: 'es',
    blocks: [
      block('areas', 'Zonas', '<p>Hacemos mudanzas en Torremolinos, Alhaurín y Málaga.</p>'),
      block('piano', 'Pianos', '<p>Mudar un piano vertical por la costa cuesta 280 €.</p>'),
      block(
        'boxes',
        'Cajas',
        '<p>Vendemos cajas de cartón desde 2,20 € y plástico de burbujas.</p>',
      ),
      block('children', 'Niños', '<p>Los niños menores de 12 años pagan la mitad.</p>'),
      block(
        'parking',
        'Aparcamiento',
        '<p>Aparcamiento gratuito para clientes delante de la nave.</p>',
      ),
      block('storage', 'Trasteros', '<p>Trasteros de 1 a 25 m², desde 39 € al mes.</p>'),
    ],
    story: 'Nos mudamos de Torremolinos a Alhaurín el mes que viene, con un piano. ¿Vendéis cajas?',
    topic: '¿tenéis trasteros?',
    answer: 'Trasteros de 1 a 25 m², desde 39 € al mes.',
    movedOn: 'Vale. ¿Dónde se puede aparcar?',
    carriedOn: 'Vale. ¿Y cuánto cuesta?',
  },
];

describe.each(cases)('a message of several sentences in $lang', (c) => {
  const knowledge = knowledgeOf(c.lang, c.blocks);

  it('is asked what its question asks; the story around it does not outweigh it', () => {
    expect(askedAndAside(c.story).aside).not.toBe('');
    expect(knowledge.rank(c.story, [], 3).hits[0]?.block.id).toBe('boxes');
    // `chatbot kb search` shows what the answer is made from.
    expect(knowledge.search(c.story, 1)[0]?.block.id).toBe('boxes');
  });

  it('moves on from the previous topic after "thanks.", and carries it on after "ok. and…"', () => {
    const movedOn = knowledge.rank(c.movedOn, [c.topic, c.answer], 3);
    expect(movedOn.followUp).toBe(false);
    expect(movedOn.hits[0]?.block.id).toBe('parking');
    const carriedOn = knowledge.rank(c.carriedOn, [c.topic, c.answer], 3);
    expect(carriedOn.followUp).toBe(true);
    expect(carriedOn.hits[0]?.block.id).toBe('storage');
  });
});

describe('askedAndAside', () => {
  it('reads a message whole when no sentence asks, or every sentence does', () => {
    expect(askedAndAside('We move on Friday. Three bedrooms.')).toEqual({
      asked: 'We move on Friday. Three bedrooms.',
      aside: '',
    });
    expect(askedAndAside('How much? When?').aside).toBe('');
    expect(askedAndAside('Hi!\nWe are two. Can we bring a dog?')).toEqual({
      asked: 'Can we bring a dog?',
      aside: 'Hi! We are two.',
    });
  });
});
