/**
 * A table row answers what it names, and the block's prose what the row does not: "is there a
 * single supplement on the Basque tour?" names the tour's row, but the supplement is the
 * sentence under the table. A row alone answered a question that was not asked.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';

function tours(lang: string, block: KnowledgeFile['blocks'][number]): LanguageKnowledge {
  return new LanguageKnowledge(lang, { greeting: 'Hi', fallback: 'FALLBACK', blocks: [block] });
}

const cases = [
  {
    lang: 'en',
    knowledge: tours('en', {
      id: 'tours',
      title: 'Multi-day tours',
      body: '<p>Hotels and breakfasts are included. A single room costs 25% more.</p>',
      table: {
        columns: ['Tour', 'Days', 'Price'],
        rows: [
          ['Andalusia', '7', '€1,290'],
          ['Basque Country food tour', '5', '€1,050'],
        ],
      },
      tags: [],
    }),
    question: 'i travel alone, how much extra is a single room on the basque food tour?',
    row: '€1,050',
    sentence: '25%',
    rowOnly: 'how much is the basque food tour?',
  },
  {
    lang: 'ru',
    knowledge: tours('ru', {
      id: 'tours',
      title: 'Многодневные туры',
      body: '<p>Отели и завтраки включены. Одноместный номер стоит на 25% дороже.</p>',
      table: {
        columns: ['Тур', 'Дней', 'Цена'],
        rows: [
          ['Андалусия', '7', '1 290 €'],
          ['Страна Басков, гастротур', '5', '1 050 €'],
        ],
      },
      tags: [],
    }),
    question: 'еду одна в гастротур по стране басков, одноместный номер дороже?',
    row: '1 050 €',
    sentence: '25%',
    rowOnly: 'сколько стоит гастротур по стране басков?',
  },
  {
    lang: 'es',
    knowledge: tours('es', {
      id: 'tours',
      title: 'Circuitos de varios días',
      body: '<p>Hoteles y desayunos incluidos. La habitación individual cuesta un 25% más.</p>',
      table: {
        columns: ['Circuito', 'Días', 'Precio'],
        rows: [
          ['Andalucía', '7', '1.290 €'],
          ['País Vasco, ruta gastronómica', '5', '1.050 €'],
        ],
      },
      tags: [],
    }),
    question: 'viajo sola, ¿cuánto más cuesta la habitación individual en la ruta gastronómica?',
    row: '1.050 €',
    sentence: '25%',
    rowOnly: '¿cuánto cuesta la ruta gastronómica por el país vasco?',
  },
];

describe.each(cases)('a row and its sentence in $lang', (c) => {
  it('answers with the row the question names and the sentence that answers the rest', () => {
    const answer = answerOffline(c.knowledge, c.question, [], { minConfidence: 0 });
    expect(answer.source).toBe('row');
    expect(answer.text).toContain(c.row);
    expect(answer.text).toContain(c.sentence);
  });

  it('gives the row alone when the row answers the whole question', () => {
    const answer = answerOffline(c.knowledge, c.rowOnly, [], { minConfidence: 0 });
    expect(answer.text).toContain(c.row);
    expect(answer.text).not.toContain(c.sentence);
  });
});

describe('a time asked for in texting shorthand', () => {
  it('"a q hora" picks the line with the hours, as "a qué hora" does', () => {
    const hotel = tours('es', {
      id: 'breakfast',
      title: 'Desayuno',
      facts: {
        Horario: 'todos los días de 08:00 a 10:30',
        'Salidas temprano': 'bolsa de desayuno desde las 06:30 si la pides la noche antes',
      },
      tags: [],
    });
    const answer = answerOffline(hotel, 'a q hora es el desayuno', [], { minConfidence: 0 });
    expect(answer.text).toContain('08:00');
  });
});
