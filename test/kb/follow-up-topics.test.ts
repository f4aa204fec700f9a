/**
 * Two failure patterns of conversations, in each language, on a small tour operator's
 * knowledge written here: a question that repeats a word of the refused question before it is
 * not its follow-up, and a question naming a thing the knowledge lacks is never carried by the
 * previous topic.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';

function tours(lang: string, blocks: KnowledgeFile['blocks']): LanguageKnowledge {
  return new LanguageKnowledge(lang, { greeting: 'Hi', fallback: 'FALLBACK', blocks });
}

const cases = [
  {
    lang: 'en',
    knowledge: tours('en', [
      {
        id: 'office',
        title: 'Our office',
        facts: { Address: 'Carrer de Casp 22', Metro: 'Girona (L4)', Bus: 'lines 7 and 22' },
        tags: [],
      },
      { id: 'booking', title: 'Booking', body: '<p>Book online or at our office.</p>', tags: [] },
    ]),
    refused: 'can I smoke on the bus?',
    echo: 'wifi on the bus?',
    sameWord: 'karaoke on the bus?',
  },
  {
    lang: 'ru',
    knowledge: tours('ru', [
      {
        id: 'office',
        title: 'Наш офис',
        facts: { Адрес: 'Carrer de Casp 22', Метро: 'Girona (L4)', Автобус: 'маршруты 7 и 22' },
        tags: [],
      },
      {
        id: 'booking',
        title: 'Бронирование',
        body: '<p>Забронировать можно на сайте или в офисе.</p>',
        tags: [],
      },
    ]),
    refused: 'в автобусе можно курить?',
    echo: 'а вайфай в автобусе есть?',
    sameWord: 'а караоке в автобусе есть?',
  },
  {
    lang: 'es',
    knowledge: tours('es', [
      {
        id: 'office',
        title: 'Nuestra oficina',
        facts: { Dirección: 'Carrer de Casp 22', Metro: 'Girona (L4)', Autobús: 'líneas 7 y 22' },
        tags: [],
      },
      {
        id: 'booking',
        title: 'Reservas',
        body: '<p>Puedes reservar en la web o en nuestra oficina.</p>',
        tags: [],
      },
    ]),
    refused: '¿se puede fumar en el autobús?',
    echo: '¿hay wifi en el autobús?',
    sameWord: '¿hay karaoke en el autobús?',
  },
];

describe.each(cases)('a conversation in $lang', (c) => {
  it('does not read a question naming a thing the knowledge lacks as a follow-up', () => {
    const ranked = c.knowledge.rank(c.echo, [c.refused], 3);
    expect(ranked.followUp).toBe(false);
    expect(ranked.confidence).toBeCloseTo(c.knowledge.rank(c.echo, [], 3).confidence, 6);
    const answer = answerOffline(c.knowledge, c.echo, [c.refused], { minConfidence: 0.7 });
    expect(answer.failed).toBe(true);
  });

  it('carries only what the previous exchange adds: a shared word makes no follow-up', () => {
    const ranked = c.knowledge.rank(c.sameWord, [c.refused], 3);
    expect(ranked.followUp).toBe(false);
  });
});
