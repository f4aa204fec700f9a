/**
 * Two ways the reply quoted a neighbour of the answer: the hours of a month the visitor did
 * not name ("when do you close on Friday?" answered with the August hours), and the FAQ pair
 * that shares the most words though only the other one holds the asked-for price.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { knowledgeOf } from '../helpers/knowledge.js';

type Block = KnowledgeFile['blocks'][number];

function ask(lang: string, block: Block, question: string) {
  const knowledge = knowledgeOf(lang, [
    block,
    { id: 'about', title: 'About', body: '<p>A small shop.</p>', tags: [] },
  ]);
  return answerOffline(knowledge, question, [], { minConfidence: 0 });
}

describe.each([
  {
    lang: 'en',
    body: '<p>In August we close at 14:00 every day, Friday included.</p><p>The rest of the year we are open Monday to Friday from 9:00 to 19:00 and on Saturday from 10:00 to 14:00.</p>',
    question: 'when do you close on Friday?',
    inMonth: 'what time do you close in August?',
  },
  {
    lang: 'ru',
    body: '<p>В августе мы работаем до 14:00 каждый день, включая пятницу.</p><p>В остальное время мы открыты с понедельника по пятницу с 9:00 до 19:00, в субботу с 10:00 до 14:00.</p>',
    question: 'до скольки вы работаете в пятницу?',
    inMonth: 'в августе до скольки работаете?',
  },
  {
    lang: 'es',
    body: '<p>En agosto cerramos a las 14:00 todos los días, viernes incluido.</p><p>El resto del año abrimos de lunes a viernes de 9:00 a 19:00 y los sábados de 10:00 a 14:00.</p>',
    question: '¿a qué hora cerráis el viernes?',
    inMonth: '¿a qué hora cerráis en agosto?',
  },
])('hours of one month in $lang', ({ lang, body, question, inMonth }) => {
  const block = { id: 'hours', title: 'Hours', body, tags: [] };

  it('answers a question that names no month with the usual hours', () => {
    expect(ask(lang, block, question).text).toContain('19:00');
  });

  it('answers with that month’s hours when the month is named', () => {
    const answer = ask(lang, block, inMonth).text;
    expect(answer).toContain('14:00');
    expect(answer).not.toContain('19:00');
  });
});

describe('hours of one month in a table of hours', () => {
  const block: Block = {
    id: 'hours',
    title: 'Office opening hours',
    facts: {
      'Monday to Friday': '08:30 to 18:30',
      Saturday: '09:00 to 13:00',
      'July and August': 'Monday to Friday 08:00 to 15:00, Saturday closed',
    },
    tags: [],
  };

  it('answers a question that names no month with the usual row', () => {
    const answer = ask('en', block, 'what time does the office close on fridays').text;
    expect(answer).toContain('18:30');
    expect(answer).not.toContain('15:00');
  });

  it('answers with that month’s row when the month is named', () => {
    expect(ask('en', block, 'what time do you close on fridays in August?').text).toContain(
      '15:00',
    );
  });
});

describe.each([
  {
    lang: 'en',
    faq: [
      {
        question: 'Can I check out later?',
        answer: 'Yes, you can stay until 13:00 for €25, or until 18:00 for half the night’s rate.',
      },
      {
        question: 'Is late check-out free in the suite?',
        answer: 'Suite guests can stay until 13:00 free of charge when nobody arrives that day.',
      },
    ],
    question: 'how much does it cost to stay until 13:00?',
    price: '€25',
  },
  {
    lang: 'ru',
    faq: [
      {
        question: 'Можно выехать позже?',
        answer: 'Да: до 13:00 за 25 €, до 18:00 — за половину стоимости ночи.',
      },
      {
        question: 'В сьюте поздний выезд бесплатный?',
        answer:
          'Гости сьюта могут бесплатно остаться до 13:00, если в этот день никто не заезжает.',
      },
    ],
    question: 'сколько стоит остаться до 13:00?',
    price: '25 €',
  },
  {
    lang: 'es',
    faq: [
      {
        question: '¿Puedo dejar la habitación más tarde?',
        answer:
          'Sí: hasta las 13:00 por 25 €, o hasta las 18:00 por la mitad del precio de la noche.',
      },
      {
        question: '¿La salida tardía es gratis en la suite?',
        answer:
          'Los huéspedes de la suite pueden quedarse hasta las 13:00 sin coste si nadie llega ese día.',
      },
    ],
    question: '¿cuánto cuesta quedarse hasta las 13:00?',
    price: '25 €',
  },
])('a $lang price question over FAQ pairs alike', ({ lang, faq, question, price }) => {
  it('quotes the answer that holds the price', () => {
    const block = { id: 'late-checkout', title: 'Late check-out', faq, tags: [] };
    expect(ask(lang, block, question).text).toContain(price);
  });
});

describe('a FAQ without the asked-for fact', () => {
  it('gives way to the sentence that holds it: "when?" is answered by the date', () => {
    const block: Block = {
      id: 'dele',
      title: 'DELE exams',
      body: '<p>We prepare you for the DELE. The next exam sessions are on 21 May and 12 November.</p>',
      faq: [
        {
          question: 'Can I take the exam at the school?',
          answer: 'No. You register and pay on the Instituto Cervantes website.',
        },
      ],
      tags: [],
    };
    const answer = ask('en', block, 'when can I take the exam?').text;
    expect(answer).toContain('21 May');
  });

  it('gives way even when its question says more of what the visitor said', () => {
    const block: Block = {
      id: 'dele',
      title: 'DELE exams',
      body: '<p>We prepare you for the DELE in small groups. Exam sessions: 21 May and 12 November.</p>',
      faq: [
        {
          question: 'Can I take the exam at the school?',
          answer: 'No. You register and pay on the Instituto Cervantes website.',
        },
      ],
      tags: [],
    };
    const answer = ask('en', block, 'can I take the exam at your school? when is the next one?');
    expect(answer.text).toContain('21 May');
  });

  it('still answers when it holds the fact', () => {
    const block: Block = {
      id: 'dele',
      title: 'DELE exams',
      body: '<p>We prepare you for the DELE in small groups.</p>',
      faq: [
        {
          question: 'When can I take the exam?',
          answer: 'The next sessions are on 21 May and 12 November.',
        },
      ],
      tags: [],
    };
    expect(ask('en', block, 'when can I take the exam?').text).toContain('21 May');
  });
});
