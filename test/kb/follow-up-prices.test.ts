/**
 * "What does it cost?" after a topic asks that topic's price. The block about the topic states
 * an amount ("from €50"), which matches the question's "cost" less fully than a block elsewhere
 * that says "costs": the amount must not lose the follow-up to that block, in each language.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../helpers/knowledge.js';

const cases = [
  {
    lang: 'en',
    blocks: [
      {
        id: 'tours',
        title: 'Day trips',
        body: '<p>The Montserrat trip costs €69 and Girona costs €119.</p>',
        tags: [],
      },
      {
        id: 'gift-cards',
        title: 'Gift cards',
        body: '<p>Gift cards from €50, valid for two years on any trip.</p>',
        tags: [],
      },
      {
        id: 'pickup',
        title: 'Hotel pickup',
        body: '<p>We collect you from your hotel in the centre.</p>',
        tags: [],
      },
    ],
    topic: 'can I give a trip as a gift card?',
    answer: 'Gift cards from €50, valid for two years on any trip.',
    price: 'what does it cost?',
  },
  {
    lang: 'ru',
    blocks: [
      {
        id: 'tours',
        title: 'Экскурсии на день',
        body: '<p>Экскурсия в Монтсеррат стоит 69 €, в Жирону — 119 €.</p>',
        tags: [],
      },
      {
        id: 'gift-cards',
        title: 'Подарочные сертификаты',
        body: '<p>Подарочные сертификаты — от 50 €, действуют два года на любую экскурсию.</p>',
        tags: [],
      },
      {
        id: 'pickup',
        title: 'Трансфер из отеля',
        body: '<p>Забираем от вашего отеля в центре.</p>',
        tags: [],
      },
    ],
    topic: 'можно подарить экскурсию сертификатом?',
    answer: 'Подарочные сертификаты — от 50 €, действуют два года на любую экскурсию.',
    price: 'а сколько стоит?',
  },
  {
    lang: 'es',
    blocks: [
      {
        id: 'tours',
        title: 'Excursiones de un día',
        body: '<p>La excursión a Montserrat cuesta 69 € y Girona cuesta 119 €.</p>',
        tags: [],
      },
      {
        id: 'gift-cards',
        title: 'Tarjetas regalo',
        body: '<p>Tarjetas regalo desde 50 €, válidas dos años en cualquier excursión.</p>',
        tags: [],
      },
      {
        id: 'pickup',
        title: 'Recogida en el hotel',
        body: '<p>Te recogemos en tu hotel del centro.</p>',
        tags: [],
      },
    ],
    topic: '¿puedo regalar una excursión con una tarjeta regalo?',
    answer: 'Tarjetas regalo desde 50 €, válidas dos años en cualquier excursión.',
    price: '¿y cuánto cuesta?',
  },
];

describe.each(cases)('a price follow-up in $lang', (c) => {
  const knowledge = knowledgeOf(c.lang, c.blocks);

  it('asks the price of the topic before it, which its block states as an amount', () => {
    expect(knowledge.rank(c.topic, [], 3).hits[0]?.block.id).toBe('gift-cards');
    const ranked = knowledge.rank(c.price, [c.topic, c.answer], 3);
    expect(ranked.followUp).toBe(true);
    expect(ranked.hits[0]?.block.id).toBe('gift-cards');
  });

  it('asked alone, goes to the block that says the word', () => {
    expect(knowledge.rank(c.price, [], 3).hits[0]?.block.id).toBe('tours');
  });
});
