/**
 * Everyday ways of asking that the knowledge words otherwise. "¿Caducan?", "when does it
 * expire?", "срок действия?" ask what "valid for 2 years" says. "Just for our family, without
 * other people" asks for a private tour, class or room.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import type { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { expectAnsweredFrom, projectAnswer } from '../helpers/answers.js';
import { block, knowledgeOf, projectKnowledge } from '../helpers/knowledge.js';

/** The block an answer comes from; a refusal cites none. */
function firstCited(
  knowledge: LanguageKnowledge,
  question: string,
  options: { minConfidence: number; minClarifyConfidence?: number } = { minConfidence: 0 },
): string | undefined {
  return answerOffline(knowledge, question, [], options).citations[0]?.id;
}

describe('how long something is valid', () => {
  it.each([
    ['en', 'when do they expire?', 'Gift vouchers', 'Vouchers from €50, valid for 12 months.'],
    [
      'es',
      '¿caducan?',
      'Tarjetas regalo',
      'Desde 50 €, válidas durante 2 años en cualquier excursión.',
    ],
    ['ru', 'какой срок действия?', 'Подарочные сертификаты', 'От 50 €, действительны 2 года.'],
  ])('%s: "%s" finds the voucher that says how long it holds', (lang, question, title, body) => {
    const knowledge = knowledgeOf(lang, [
      block('vouchers', title, body),
      block('payment', 'Payment', 'Cards and cash.'),
    ]);
    expect(firstCited(knowledge, question)).toBe('vouchers');
  });
});

describe('something just for us', () => {
  it.each([
    [
      'en',
      'do you do tours just for our family, without other people?',
      'Private tours',
      'Group tours',
      'Small groups of up to 16.',
    ],
    [
      'es',
      '¿hacéis excursiones solo para nuestra familia, sin desconocidos?',
      'Excursiones privadas',
      'Excursiones en grupo',
      'Grupos de hasta 16 personas.',
    ],
    [
      'ru',
      'можно экскурсию только для нашей семьи, без чужих людей?',
      'Индивидуальные экскурсии',
      'Групповые экскурсии',
      'Группы до 16 человек.',
    ],
  ])('%s: "%s" finds the private tours', (lang, question, privateTitle, groupTitle, groupBody) => {
    const knowledge = knowledgeOf(lang, [
      block('group', groupTitle, groupBody),
      block('private', privateTitle, '€390 a day.'),
    ]);
    expect(firstCited(knowledge, question)).toBe('private');
  });
});

describe('who the visitor asks for', () => {
  it.each([
    [
      '.',
      'en',
      'my mother in law is in a wheelchair, can she come on the montserrat trip?',
      'accessibility',
    ],
    [
      'test/fixtures/bots/clinic',
      'es',
      'mi abuela necesita una dentadura postiza nueva de arriba, cuánto sale',
      'dentures',
    ],
  ])('%s %s: "%s" asks about %s, whoever it is for', (dir, lang, question, id) => {
    const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };
    expect(firstCited(projectKnowledge(dir, lang), question, asConfigured)).toBe(id);
  });
});

describe('the heat', () => {
  it('"isn\'t it way too hot in august?" asks what the weather page says', () => {
    const knowledge = knowledgeOf('en', [
      block('weather', 'Weather', 'In July and August it can reach 35 °C: bring water and a hat.'),
      block('trips', 'Day trips', 'Montserrat, Girona and the Costa Brava, from €65.'),
    ]);
    expect(firstCited(knowledge, "isn't it way too hot in august for these trips?")).toBe(
      'weather',
    );
  });
});

describe('somewhere, anywhere', () => {
  it.each(['is there somewhere to leave the car?', 'anywhere to leave the car?'])(
    '"%s" asks where to park, and is answered',
    (question) => {
      const knowledge = projectKnowledge('test/fixtures/bots/hotel', 'en');
      expect(firstCited(knowledge, question, { minConfidence: 0.7 })).toBe('parking');
    },
  );
});

describe('a rough figure', () => {
  const cases = [
    ['en', 'roughly how much for a 2-bedroom flat?', 'Roughly', '2-bedroom flat', 'Flat'],
    ['ru', 'сколько примерно стоит перевезти квартиру?', 'Примерно', 'квартира', 'Квартира'],
    ['es', '¿cuánto cuesta aproximadamente mudar un piso?', 'Aproximadamente', 'piso', 'Piso'],
  ] as const;
  it.each(cases)(
    '%s: "%s" is not drawn to a table whose column the hedge names',
    (lang, question, hedge, home, homeHeading) => {
      const table = (id: string, title: string, columns: string[], row: string[]) => ({
        id,
        title,
        tags: [],
        table: { columns, rows: [row] },
      });
      const knowledge = knowledgeOf(lang, [
        table('abroad', 'Ferry freight', ['m³', hedge, '€'], ['20', home, '€3,900']),
        table('local', 'Moves', [homeHeading, '€'], [home, '€490']),
      ]);
      expect(firstCited(knowledge, question)).toBe('local');
    },
  );
});

describe('words around the question', () => {
  it.each([
    [
      '.',
      'en',
      "we have to pull out of the andalusia tour, it's 2 weeks before departure. how much will we lose?",
      'cancellation',
    ],
    ['.', 'ru', 'какая у вас самая дешевая экскурсия', 'day-trips'],
    ['.', 'es', 'qué pasa si llueve', 'weather'],
    ['.', 'en', 'We only speak French, is that a problem?', 'guide-languages'],
    ['.', 'en', 'how early should I be at the meeting point', 'pickup'],
    ['test/fixtures/bots/shop', 'en', 'how often should I descale my machine', 'care-cleaning'],
    [
      'test/fixtures/bots/shop',
      'en',
      'my espresso tastes sour, what am I doing wrong?',
      'espresso-guide',
    ],
    ['test/fixtures/bots/shop', 'ru', 'можно забрать заказ самому в валенсии', 'store-pickup'],
    [
      'test/fixtures/bots/movers',
      'ru',
      'Можно расплатиться наличными? Сумма около 1500 евро',
      'payment',
    ],
    [
      'test/fixtures/bots/school',
      'es',
      '¿Qué pasa si el lunes que empiezo es festivo?',
      'start-dates',
    ],
    ['test/fixtures/bots/clinic', 'es', 'y aparcar por ahí es fácil?', 'parking'],
  ])('%s %s: "%s" is answered', (dir, lang, question, id) => {
    expectAnsweredFrom(dir, lang, question, id);
  });

  it('"need to move it" asks to change an appointment', () => {
    const answer = projectAnswer(
      'test/fixtures/bots/clinic',
      'en',
      "hiya I've got an appointment thursday at 5 but need to move it",
    );
    expect(answer.failed).toBe(false);
    expect(['cancellation', 'booking']).toContain(answer.citations[0]?.id);
  });

  it.each([
    ["we're arriving around midnight, is that a problem?", 'problem'],
    ['my false teeth are loose, can you help', 'help'],
    ['what if he gets ill', 'gets'],
  ])('"%s": "%s" is no part of what is asked', (question, word) => {
    const units = projectKnowledge('test/fixtures/bots/hotel', 'en').analyzer.analyze(question);
    expect(units.map((unit) => unit.text)).not.toContain(word);
  });
});

describe('a job', () => {
  it('"are you hiring?" is not read as the placement of an implant', () => {
    const knowledge = projectKnowledge('test/fixtures/bots/clinic', 'en');
    const [hiring] = knowledge.analyzer.analyze('are you hiring dental nurses?');
    expect(hiring?.terms.map((term) => term.term)).not.toContain('placement');
  });
});

describe('what the business sells', () => {
  it.each([
    ['shop', "do you sell gift cards? it's for my dad's birthday", 'gift-cards'],
    ['movers', 'do you sell boxes', 'packing-materials'],
  ])('%s: "%s": "do you sell" only carries the thing asked for', (bot, question, id) => {
    expectAnsweredFrom(`test/fixtures/bots/${bot}`, 'en', question, id);
  });

  it.each([
    ['en', 'do you sell tea?'],
    ['ru', 'чай продаете?'],
  ])(
    '%s: "%s" is refused by a roastery that never mentions tea: tea is not coffee',
    (lang, question) => {
      expect(projectAnswer('test/fixtures/bots/shop', lang, question).failed).toBe(true);
    },
  );
});

describe('the forms of "which" and "oneself" a stop list leaves out', () => {
  it.each([
    ['ru', 'в каком часу приедут грузчики?', 'каком'],
    ['ru', 'можно забрать заказ самому?', 'самому'],
    ['uk', 'о якому часу приїдуть?', 'якому'],
    ['es', '¿cuáles son los horarios?', 'cuáles'],
    ['en', 'is there a lot of homework?', 'lot'],
  ])('%s: "%s" asks nothing with "%s"', (lang, question, word) => {
    const knowledge = knowledgeOf(lang, [block('hours', 'Hours', 'Mon–Fri 9:00–18:00.')]);
    expect(knowledge.analyzer.analyze(question).map((unit) => unit.text)).not.toContain(word);
  });
});

describe('coming to pick someone up', () => {
  it.each([['hotel', '¿Venís a buscarnos al aeropuerto de Barcelona?', 'airport-transfer']])(
    '%s: "%s" asks for a pick-up',
    (bot, question, id) => {
      expectAnsweredFrom(`test/fixtures/bots/${bot}`, 'es', question, id);
    },
  );
});

describe('false teeth, whatever the form of the word', () => {
  it.each([
    ['en', 'do you fix false teeth? my husband cracked his', 'dentures'],
    ['ru', 'бабушке нужна вставная челюсть, сколько будет стоить', 'price-list'],
  ])('%s: "%s" names dentures, not a kind of them', (lang, question, id) => {
    expectAnsweredFrom('test/fixtures/bots/clinic', lang, question, id);
  });
});

describe("someone else going in the booked traveller's place", () => {
  it.each([
    ['en', 'can my friend go instead of me?', 'Can someone else travel instead of me?'],
    ['en', 'can my sister go in his place?', 'Can someone else travel instead of me?'],
    ['es', '¿puede ir mi hermana en su lugar?', '¿Puede viajar otra persona en mi lugar?'],
    ['ru', 'вместо мужа поедет сестра, так можно?', 'Может ли поехать другой человек вместо меня?'],
  ])('%s: "%s" is what "%s" answers', (lang, question, faq) => {
    const knowledge = knowledgeOf(lang, [
      {
        id: 'changes',
        title: 'Changes',
        body: '<p>Free up to 48 hours before.</p>',
        faq: [{ question: faq, answer: 'Yes, send us the new name 24 hours before.' }],
        tags: [],
      },
      block('weather', 'Weather', 'Trips run in light rain.'),
      block('groups', 'Groups', 'Groups of 10 or more get 10% off.'),
    ]);
    expect(firstCited(knowledge, question, { minConfidence: 0.7 })).toBe('changes');
  });
});

describe('everyday words for a thing the lexicon names otherwise', () => {
  it.each([
    ['en', 'what if they call it off?', 'cancel'],
    ['ru', 'это платно?', 'стоимость'],
    ['ru', 'младшему 3 года', 'дети'],
    ['es', '¿dónde quedamos?', 'punto de partida'],
    ['en', 'my machine is leaking', 'broken'],
    ['en', 'the scale is cracked', 'damaged'],
    ['en', 'can I use my welcome code?', 'discount code'],
    ['ru', 'кофемашина потекла', 'сломалась'],
    ['ru', 'кофемолка мне не подошла', 'возврат'],
    ['ru', 'обязательно регистрироваться?', 'регистрация'],
    ['es', 'el hervidor llegó abollado', 'dañado'],
    ['es', 'mi pedido no llega', 'seguimiento'],
    ['es', '¿en cuánto tiempo me devolvéis la pasta?', 'reembolso'],
    ['de', 'der Kotflügel ist verbeult', 'beschädigt'],
    ['en', 'can we bring our labrador?', 'dog'],
    ['en', 'I think I left my charger in the room', 'lost property'],
    ['en', 'and if something gets broken?', 'damage'],
    ['en', 'how do I report the damage?', 'claim'],
    ['es', 'me dejé unas gafas en la habitación', 'objetos perdidos'],
    ['es', 'el espejo está roto', 'dañado'],
    ['ru', 'а если грузчики что-то разобьют?', 'повреждение'],
    ['ru', 'до скольки открыт склад по субботам', 'часы работы'],
    ['ru', 'а кровати разбираете и собираете?', 'сборка мебели'],
    ['es', 'correo electronico para escribiros?', 'correo'],
    ['ru', 'можно как-то чтобы я спал во время лечения?', 'наркоз'],
  ])('%s: "%s" asks about what "%s" names', (lang, question, word) => {
    const { analyzer } = knowledgeOf(lang, [block('any', 'Any', 'Any text.')]);
    expect(analyzer.analyze(question).some((unit) => analyzer.inGroupWith(unit, word))).toBe(true);
  });

  it.each([
    ['.', 'ru', 'младшему 3 года', 'children', ['а для детей?']],
    ['.', 'es', 'dónde quedamos para la excursión?', 'pickup', []],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);
});
