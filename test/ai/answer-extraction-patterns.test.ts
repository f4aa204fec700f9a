/**
 * Once the right block is found, the reply quotes what answers: the sentence that names the
 * place for "where", the sentence the question is about even when a price word is in it, the
 * one list the question asked about, whole and in order, and the sentence under a table that
 * a caption's synonym ("double room" for "single room") used to hide.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import type { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { knowledgeOf } from '../helpers/knowledge.js';

type Block = KnowledgeFile['blocks'][number];

const filler: Record<string, Block> = {
  en: { id: 'about', title: 'About us', body: '<p>A small family business.</p>', tags: [] },
  ru: { id: 'about', title: 'О нас', body: '<p>Небольшой семейный бизнес.</p>', tags: [] },
  es: {
    id: 'about',
    title: 'Quiénes somos',
    body: '<p>Un pequeño negocio familiar.</p>',
    tags: [],
  },
};

function knowledge(lang: string, block: Block): LanguageKnowledge {
  return knowledgeOf(lang, [block, filler[lang]!]);
}

function ask(lang: string, block: Block, question: string) {
  return answerOffline(knowledge(lang, block), question, [], { minConfidence: 0 });
}

describe.each([
  {
    lang: 'en',
    block: {
      id: 'meeting',
      title: 'Meeting point',
      body: '<p>Day trips start at Plaça de Catalunya, in front of the big department store. Please be there 15 minutes before departure.</p>',
      tags: [],
    },
    question: 'where do we meet?',
    place: 'Plaça de Catalunya',
  },
  {
    lang: 'ru',
    block: {
      id: 'meeting',
      title: 'Место встречи',
      body: '<p>Экскурсии начинаются на площади Каталонии, напротив большого универмага. Пожалуйста, приходите за 15 минут до отправления.</p>',
      tags: [],
    },
    question: 'где встречаемся?',
    place: 'площади Каталонии',
  },
  {
    lang: 'es',
    block: {
      id: 'meeting',
      title: 'Punto de encuentro',
      body: '<p>Las excursiones salen de la Plaça de Catalunya, frente a los grandes almacenes. Te pedimos llegar 15 minutos antes de la salida.</p>',
      tags: [],
    },
    question: '¿dónde es el punto de encuentro?',
    place: 'Plaça de Catalunya',
  },
])('"where" in $lang', ({ lang, block, question, place }) => {
  it('quotes the sentence that names the place, not its neighbour', () => {
    const answer = ask(lang, block, question);
    expect(answer.citations.map((citation) => citation.id)).toEqual(['meeting']);
    expect(answer.text).toContain(place);
  });
});

describe.each([
  {
    lang: 'en',
    body: '<p>Flexible rate: free cancellation up to 7 days before arrival. Later cancellations are charged the first night.</p><p>Non-refundable rate: 10% cheaper, paid when you book.</p>',
    question:
      'Dear Sir or Madam, what are your cancellation conditions for the flexible rate? Kind regards',
    about: '7 days',
  },
  {
    lang: 'ru',
    body: '<p>Гибкий тариф: бесплатная отмена не позднее чем за 7 дней до заезда. При более поздней отмене мы удерживаем стоимость первой ночи.</p><p>Невозвратный тариф: на 10% дешевле, оплата при бронировании.</p>',
    question: 'Добрый день, какие условия отмены на гибком тарифе?',
    about: '7 дней',
  },
  {
    lang: 'es',
    body: '<p>Tarifa flexible: cancelación gratuita hasta 7 días antes de la llegada. Si cancelas más tarde, cobramos la primera noche.</p><p>Tarifa no reembolsable: un 10% más barata, se paga al reservar.</p>',
    question: 'Buenos días, ¿qué condiciones de cancelación tiene la tarifa flexible?',
    about: '7 días',
  },
])('a price word in a $lang question', ({ lang, body, question, about }) => {
  it('keeps the sentence the question is about', () => {
    const block = { id: 'cancellation', title: 'Cancellation', body, tags: [] };
    expect(ask(lang, block, question).text).toContain(about);
  });
});

describe.each([
  {
    lang: 'en',
    body: '<p>Please bring:</p><ul><li>comfortable shoes</li><li>a hat</li><li>water</li></ul><p>Not allowed on board:</p><ul><li>pets</li><li>glass bottles</li><li>drones</li></ul>',
    question: 'what is not allowed on board?',
    list: ['- pets', '- glass bottles', '- drones'],
    other: 'comfortable shoes',
  },
  {
    lang: 'ru',
    body: '<p>Возьмите с собой:</p><ul><li>удобную обувь</li><li>шляпу</li><li>воду</li></ul><p>На борт нельзя брать:</p><ul><li>животных</li><li>стеклянные бутылки</li><li>дроны</li></ul>',
    question: 'что нельзя брать на борт?',
    list: ['- животных', '- стеклянные бутылки', '- дроны'],
    other: 'удобную обувь',
  },
  {
    lang: 'es',
    body: '<p>Trae contigo:</p><ul><li>calzado cómodo</li><li>un sombrero</li><li>agua</li></ul><p>No se permite a bordo:</p><ul><li>mascotas</li><li>botellas de vidrio</li><li>drones</li></ul>',
    question: '¿qué no se permite a bordo?',
    list: ['- mascotas', '- botellas de vidrio', '- drones'],
    other: 'calzado cómodo',
  },
])('two lists in one $lang block', ({ lang, body, question, list, other }) => {
  it('answers with the list asked about, whole, in order, under its lead-in', () => {
    const block = { id: 'boat', title: 'Boat trip', body, tags: [] };
    const answer = ask(lang, block, question);
    expect(answer.source).toBe('list');
    const lines = answer.text.split('\n');
    expect(lines.slice(1)).toEqual(list);
    expect(answer.text).not.toContain(other);
  });
});

describe.each([
  {
    lang: 'en',
    caption: 'Price per person in a double room',
    body: '<p>Hotels and breakfasts are included. A single room costs 25% more.</p>',
    rows: [
      ['Andalusia', '7', '€1,290'],
      ['Basque Country food tour', '5', '€1,050'],
    ],
    columns: ['Tour', 'Days', 'Price'],
    question: 'is a single room extra on the basque food tour?',
  },
  {
    lang: 'ru',
    caption: 'Цена за человека при двухместном размещении',
    body: '<p>Отели и завтраки включены. Одноместное размещение дороже на 25%.</p>',
    rows: [
      ['Андалусия', '7', '1 290 €'],
      ['Страна Басков, гастротур', '5', '1 050 €'],
    ],
    columns: ['Тур', 'Дней', 'Цена'],
    question: 'одноместный номер в гастротуре по стране басков дороже?',
  },
  {
    lang: 'es',
    caption: 'Precio por persona en habitación doble',
    body: '<p>Hoteles y desayunos incluidos. La habitación individual cuesta un 25% más.</p>',
    rows: [
      ['Andalucía', '7', '1.290 €'],
      ['País Vasco, ruta gastronómica', '5', '1.050 €'],
    ],
    columns: ['Circuito', 'Días', 'Precio'],
    question: 'viajo sola al país vasco, ¿la habitación individual es más cara?',
  },
])('a $lang caption that names a synonym of the asked word', (c) => {
  it('does not hide the sentence that names the visitor’s own word', () => {
    const block = {
      id: 'tours',
      title: 'Tours',
      body: c.body,
      table: { caption: c.caption, columns: c.columns, rows: c.rows },
      tags: [],
    };
    expect(ask(c.lang, block, c.question).text).toContain('25%');
  });
});

describe.each([
  {
    lang: 'en',
    body: '<p>Hotels and breakfasts are included. A single room costs 25% more.</p>',
    rows: [
      ['Andalusia', '7', '€1,290'],
      ['Basque Country food tour', '5', '€1,050'],
    ],
    columns: ['Tour', 'Days', 'Price'],
    question:
      'hello, I am going on my own on the basque country food tour next spring, is there a supplement for a single room?',
  },
  {
    lang: 'ru',
    body: '<p>Отели и завтраки включены. Одноместное размещение дороже на 25%.</p>',
    rows: [
      ['Андалусия', '7', '1 290 €'],
      ['Страна Басков, гастротур', '5', '1 050 €'],
    ],
    columns: ['Тур', 'Дней', 'Цена'],
    question: 'еду одна в тур по стране басков, за одноместный номер доплата есть?',
  },
  {
    lang: 'es',
    body: '<p>Hoteles y desayunos incluidos. La habitación individual cuesta un 25% más.</p>',
    rows: [
      ['Andalucía', '7', '1.290 €'],
      ['País Vasco, ruta gastronómica', '5', '1.050 €'],
    ],
    columns: ['Circuito', 'Días', 'Precio'],
    question:
      'hola, viajo sola en la ruta gastronómica del país vasco en primavera, ¿hay suplemento por habitación individual?',
  },
])('a chatty $lang question about a row and what the row does not say', (c) => {
  it('answers with the row and the sentence that answers the rest', () => {
    const block = {
      id: 'tours',
      title: 'Tours',
      body: c.body,
      table: { columns: c.columns, rows: c.rows },
      tags: [],
    };
    const answer = ask(c.lang, block, c.question);
    expect(answer.text).toContain(c.rows[1]![2]!);
    expect(answer.text).toContain('25%');
  });
});

interface WholeTopic {
  readonly lang: string;
  readonly title: string;
  readonly facts: Record<string, string>;
  readonly body: string;
  readonly question: string;
  readonly amount: string;
}

describe.each<WholeTopic>([
  {
    lang: 'en',
    title: 'Tourist tax',
    facts: { Amount: '€1.00 per person per night', 'Who pays it': 'guests aged 17 and over' },
    body: '<p>The Catalan tourist tax is set by the regional government; the hotel only collects it.</p>',
    question: 'whats the tourist tax',
    amount: '€1.00',
  },
  {
    lang: 'ru',
    title: 'Туристический налог',
    facts: { Сумма: '1 € с человека за ночь', 'Кто платит': 'гости с 17 лет' },
    body: '<p>Туристический налог Каталонии устанавливает правительство региона, отель его только собирает.</p>',
    question: 'что за туристический налог?',
    amount: '1 € с человека',
  },
  {
    lang: 'es',
    title: 'Tasa turística',
    facts: {
      Importe: '1,00 € por persona y noche',
      'Quién la paga': 'los huéspedes de 17 años o más',
    },
    body: '<p>La tasa turística de Cataluña la fija la Generalitat; el hotel solo la cobra.</p>',
    question: '¿qué es la tasa turística?',
    amount: '1,00 €',
  },
])(
  'a $lang question that names the whole topic',
  ({ lang, title, facts, body, question, amount }) => {
    it('answers with the block’s opening, not the sentence that repeats the title', () => {
      const block = { id: 'tax', title, facts, body, tags: [] };
      expect(ask(lang, block, question).text).toContain(amount);
    });
  },
);

describe.each([
  {
    lang: 'en',
    body: '<p>Our bags are recyclable. Boxes are made of recycled cardboard. Deliveries are left at reception.</p>',
    question: 'can you deliver it?',
    tags: ['deliver'],
    answer: 'reception',
  },
  {
    lang: 'ru',
    body: '<p>Наши пачки перерабатываются вместе с пластиком. Коробки сделаны из картона. Подарочная упаковка с открыткой стоит 3,50 €.</p>',
    question: 'можно упаковать в подарок?',
    tags: ['упаковать в подарок'],
    answer: '3,50 €',
  },
  {
    lang: 'es',
    body: '<p>Nuestras bolsas se reciclan. Las cajas son de cartón reciclado. El envoltorio con tarjeta escrita a mano cuesta 3,50 €.</p>',
    question: '¿me lo podéis envolver para regalo?',
    tags: ['envolver para regalo'],
    answer: '3,50 €',
  },
])('a $lang word of the same family as the text’s', ({ lang, body, question, tags, answer }) => {
  it('picks the sentence with its relative', () => {
    // The tags find the block; no sentence holds the visitor's word itself.
    const block = { id: 'packaging', title: 'Packaging', body, tags };
    expect(ask(lang, block, question).text).toContain(answer);
  });
});

describe.each([
  {
    lang: 'en',
    body: '<p>We take cards and bank transfers. A multi-day tour needs a 30% deposit when you book.</p>',
    faq: [
      {
        question: 'When do I pay the rest of a multi-day tour?',
        answer: 'The remaining 70% is charged 21 days before departure.',
      },
    ],
    question: 'how much is the deposit for a multi-day tour?',
  },
  {
    lang: 'ru',
    body: '<p>Принимаем карты и банковский перевод. Для многодневного тура при бронировании нужна предоплата 30%.</p>',
    faq: [
      {
        question: 'Когда доплатить остаток за многодневный тур?',
        answer: 'Оставшиеся 70% списываются за 21 день до начала тура.',
      },
    ],
    question: 'какая предоплата за многодневный тур?',
  },
  {
    lang: 'es',
    body: '<p>Aceptamos tarjetas y transferencias. Un circuito de varios días requiere una señal del 30% al reservar.</p>',
    faq: [
      {
        question: '¿Cuándo pago el resto de un circuito de varios días?',
        answer: 'El 70% restante se cobra 21 días antes de la salida.',
      },
    ],
    question: '¿de cuánto es la señal de un circuito de varios días?',
  },
])(
  'a $lang FAQ question that shares words but asks something else',
  ({ lang, body, faq, question }) => {
    it('gives way to the sentence that says what was asked', () => {
      const block = { id: 'payment', title: 'Payment', body, faq, tags: [] };
      expect(ask(lang, block, question).text).toContain('30%');
    });
  },
);

describe.each([
  {
    lang: 'en',
    body: '<p>We ship within Europe only. Espresso machines ship free within Spain and cost €29 to ship elsewhere.</p>',
    columns: ['Destination', 'Cost'],
    rows: [
      ['Mainland Spain', '€4.90'],
      ['Balearic Islands', '€7.90'],
    ],
    question: 'how much does it cost?',
  },
  {
    lang: 'ru',
    body: '<p>Доставляем только по Европе. Кофемашины по Испании доставляем бесплатно, в другие страны они стоят 29 €.</p>',
    columns: ['Куда', 'Стоимость'],
    rows: [
      ['Материковая Испания', '4,90 €'],
      ['Балеарские острова', '7,90 €'],
    ],
    question: 'сколько стоит?',
  },
  {
    lang: 'es',
    body: '<p>Solo enviamos dentro de Europa. Las cafeteras se envían gratis a la Península y cuestan 29 € al resto de la UE.</p>',
    columns: ['Destino', 'Coste'],
    rows: [
      ['España peninsular', '4,90 €'],
      ['Islas Baleares', '7,90 €'],
    ],
    question: '¿cuánto cuesta?',
  },
])(
  'a bare $lang "how much?" on a block with a price table',
  ({ lang, body, columns, rows, question }) => {
    it('answers with the price list, not a sentence about a special case', () => {
      const block = { id: 'shipping', title: 'Shipping', body, table: { columns, rows }, tags: [] };
      const answer = ask(lang, block, question);
      expect(answer.source).toBe('list');
      for (const row of rows) expect(answer.text).toContain(row[1]);
    });
  },
);
