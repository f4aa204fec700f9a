/**
 * A stop word whose stem happens to be a concept word's ("para" and "parada" are both "par"
 * to the Spanish stemmer) is not that concept: it was read as a thing the knowledge lacks in
 * most Spanish questions, and refused answers the knowledge had.
 */
import { describe, expect, it } from 'vitest';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';

function knowledge(lang: string, title: string, body: string): LanguageKnowledge {
  return new LanguageKnowledge(lang, {
    greeting: 'Hi',
    fallback: 'FALLBACK',
    blocks: [{ id: 'booking', title, body: `<p>${body}</p>`, tags: [] }],
  });
}

const cases = [
  {
    lang: 'en',
    knowledge: knowledge('en', 'Booking', 'Book online for up to 16 travellers.'),
    question: 'how many can book?',
    stopWords: ['many'],
  },
  {
    lang: 'ru',
    knowledge: knowledge('ru', 'Бронирование', 'Забронировать можно на сайте.'),
    question: 'а меня можно забронировать при бронировании на сайте?',
    stopWords: ['меня', 'при'],
  },
  {
    lang: 'es',
    knowledge: knowledge('es', 'Reservas', 'Puedes reservar en la web.'),
    question: '¿como puedo reservar para la web?',
    stopWords: ['como', 'para'],
  },
];

describe.each(cases)('stop words in $lang', (c) => {
  it('are not read as a concept that shares their stem', () => {
    const units = c.knowledge.analyzer.analyze(c.question);
    const texts = units.map((unit) => unit.text);
    for (const word of c.stopWords) expect(texts).not.toContain(word);
    expect(units.filter((unit) => !unit.optional && unit.terms.length === 0)).toEqual([]);
  });
});
