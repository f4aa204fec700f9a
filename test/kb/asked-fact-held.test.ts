/**
 * A question that asks how much something is is answered by a block that states an amount. A
 * page that only talks about the thing ("emergencies cost more than a normal consultation")
 * used to win over the price table because it repeats the question's words; now a block with
 * no amount weighs less for such a question. A question whether something is paid for or
 * included ("does the price include a helmet?") is not one of these: the block saying what is
 * included answers it without an amount. A question asking when or how long is answered the
 * same way by a block that holds a time, a date or a duration.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { asksForAmount, asksForShare, factAsked, holdsFact } from '../../src/kb/answer-kind.js';
import { expectAnsweredFrom, projectAnswer } from '../helpers/answers.js';
import { block, knowledgeOf, projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

/** Per language: a page that names the visit without a price, the price table, a question. */
const emergencyAndPrices = [
  [
    'en',
    'Emergencies',
    'In an emergency come straight in. An emergency visit costs more than a normal consultation, see the consultation prices.',
    'Consultation prices',
    'Consultation: €38. Emergency visit: €95.',
    'how much does a normal consultation cost?',
  ],
  [
    'es',
    'Urgencias',
    'En una urgencia ven directamente. Las urgencias cuestan más que una consulta normal: mira los precios de consulta.',
    'Precios de consulta',
    'Consulta general: 38 €. Urgencia: 95 €.',
    '¿cuánto cuesta la consulta?',
  ],
  [
    'ru',
    'Срочный приём',
    'В срочном случае приходите сразу. Срочный приём стоит дороже обычного приёма, смотрите цены на приём.',
    'Цены на приём',
    'Обычный приём: 38 €. Срочный приём: 95 €.',
    'сколько стоит обычный приём?',
  ],
  [
    'de',
    'Notfälle',
    'Im Notfall kommen Sie direkt vorbei. Ein Notfall kostet mehr als eine normale Konsultation, siehe die Preise.',
    'Preise der Konsultation',
    'Konsultation: 38 €. Notfall: 95 €.',
    'was kostet eine normale Konsultation?',
  ],
  [
    'fr',
    'Urgences',
    'En cas d’urgence, venez directement. Une urgence coûte plus cher qu’une consultation normale, voir les tarifs.',
    'Tarifs des consultations',
    'Consultation : 38 €. Urgence : 95 €.',
    'combien coûte une consultation normale ?',
  ],
] as const;

describe('a question asking how much something is', () => {
  it.each(emergencyAndPrices)(
    '%s: the price table comes first, not the page naming the visit',
    (lang, pageTitle, page, pricesTitle, prices, question) => {
      const knowledge = knowledgeOf(lang, [
        block('emergencies', pageTitle, page),
        block('prices', pricesTitle, prices),
        block('parking', 'Parking', 'P'),
      ]);
      expect(knowledge.rank(question, [], 3).hits[0]?.block.id).toBe('prices');
    },
  );

  it.each([
    [
      'test/fixtures/bots/vet',
      'es',
      'Buenas! cuánto cuesta una consulta normal?',
      'consultation-prices',
    ],
    ['test/fixtures/bots/vet', 'en', 'How much is it to neuter a tomcat?', 'neutering-prices'],
    ['test/fixtures/bots/movers', 'en', 'how much extra is it on a sunday', 'surcharges'],
    [
      'test/fixtures/bots/garage',
      'fr',
      'Combien coûte un diagnostic électronique ?',
      'diagnostics',
    ],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);

  it('in a conversation, the price follows the topic to the block that states it', () => {
    const knowledge = projectKnowledge('test/fixtures/bots/vet', 'es');
    const turns = ['¿estáis abiertos ahora? es sábado por la tarde'];
    const answer = answerOffline(knowledge, '¿cuánto cuesta la urgencia?', turns, asConfigured);
    expect(answer.citations[0]?.id).toBe('consultation-prices');
  });
});

describe('a question whether something is paid for or included', () => {
  it.each([
    ['en', 'does the price include a helmet and a lock?'],
    ['en', 'do I have to pay to send it to you?'],
    ['es', '¿el casco va incluido en el precio?'],
    ['es', '¿los cascos se pagan aparte?'],
    ['ru', 'что еще входит в цену?'],
    ['ru', 'налоги платить придется?'],
    ['fr', 'le casque est compris dans le prix ?'],
  ])('%s: "%s" asks no amount', (lang, question) => {
    expect(asksForAmount(question, lang)).toBe(false);
  });

  it.each([
    ['en', 'how much do I have to pay now?'],
    ['en', 'what does a crown cost?'],
    ['ru', 'сколько платить за парковку?'],
    ['es', '¿cuánto hay que pagar al reservar?'],
    ['de', 'was kostet ein Reifenwechsel?'],
    ['it', 'quanto costa il tagliando?'],
    ['uk', 'скільки коштує один день?'],
    ['ru', 'во сколько это обойдётся?'],
    ['uk', 'у скільки це обійдеться?'],
  ])('%s: "%s" asks an amount', (lang, question) => {
    expect(asksForAmount(question, lang)).toBe(true);
  });

  it('is answered by the block saying what is included', () => {
    const knowledge = projectKnowledge('test/fixtures/bots/bikeshop', 'en');
    const question = 'does the price include a helmet and a lock?';
    const answer = answerOffline(knowledge, question, [], asConfigured);
    expect(answer.citations[0]?.id).toBe('rental-included');
  });
});

describe('a question asking when or how long', () => {
  it.each([
    ['ru', 'во сколько вы открываетесь?', 'time'],
    ['ru', 'во сколько обойдётся велосипед на месяц?', 'price'],
    ['en', 'how long does it take?', 'duration'],
    ['es', '¿cuánto tiempo tarda?', 'duration'],
    ['en', 'what time do you open?', 'time'],
    ['en', 'where are you?', undefined],
  ])('%s: "%s" asks for %s', (lang, question, fact) => {
    expect(factAsked(question, lang)).toBe(fact);
  });

  it.each([
    ['test/fixtures/bots/school', 'en', 'when are the DELE exams next year', 'dele'],
    [
      'test/fixtures/bots/movers',
      'en',
      'how long will it take for our stuff to get to manchester if we share a lorry with other people',
      'uk-moves',
    ],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);
});

describe('a FAQ pair for a question asking how much', () => {
  it.each([
    [
      'en',
      'how much do we pay for the dog?',
      'Can I bring my dog?',
      'Yes: dogs up to 15 kg, €15 a night.',
      'Do assistance dogs pay?',
      'No, assistance dogs are always free.',
      '€15',
    ],
    [
      'es',
      '¿cuánto pagamos por el perro?',
      '¿Puedo ir con mi perro?',
      'Sí: perros de hasta 15 kg, 15 € la noche.',
      '¿Pagan los perros de asistencia?',
      'No, los perros de asistencia son siempre gratis.',
      '15 €',
    ],
  ])(
    '%s: "%s" is answered with the pair that states the sum',
    (lang, question, q1, a1, q2, a2, sum) => {
      const knowledge = knowledgeOf(lang, [
        {
          id: 'pets',
          title: lang === 'en' ? 'Pets' : 'Mascotas',
          faq: [
            { question: q1, answer: a1 },
            { question: q2, answer: a2 },
          ],
          tags: [],
        },
        block('parking', 'Parking', 'P'),
      ]);
      const answer = answerOffline(knowledge, question, [], { minConfidence: 0 });
      expect(answer.citations[0]?.id).toBe('pets');
      expect(answer.text).toContain(sum);
    },
  );
});

describe('a question asking how long', () => {
  it('is answered by a duration or a date, never by clock times', () => {
    expect(holdsFact('Julio y agosto: de lunes a viernes 08:30–15:00', 'duration')).toBe(false);
    expect(holdsFact('la hace el laboratorio en 7 a 10 días laborables', 'duration')).toBe(true);
    expect(holdsFact('classes start on 4 October', 'duration')).toBe(true);
  });

  it('"¿cuánto tardan en hacer una funda?" quotes how long a crown takes', () => {
    const knowledge = projectKnowledge('test/fixtures/bots/clinic', 'es');
    const answer = answerOffline(knowledge, '¿cuánto tardan en hacer una funda?', [], asConfigured);
    expect(answer.citations[0]?.id).toBe('crowns');
    expect(answer.text).toContain('10 días');
  });
});

describe('a question asking how much something is, and a percentage', () => {
  it('quotes the sum, not a share of something else', () => {
    const knowledge = projectKnowledge('test/fixtures/bots/garage', 'it');
    const question = "L'aria condizionata non fa più freddo, quanto costa ricaricarla?";
    const answer = answerOffline(knowledge, question, [], asConfigured);
    expect(answer.citations[0]?.id).toBe('aircon');
    expect(answer.text).toContain('CHF 149');
  });

  it.each([
    ['en', 'any discount if I stay 3 months?', true],
    ['es', '¿cuánto es la señal?', true],
    ['ru', 'какая скидка?', true],
    ['en', 'how much is the hot desk?', false],
    ['it', 'quanto costa ricaricarla?', false],
  ])('%s: "%s" asks for a share: %s', (lang, question, share) => {
    expect(asksForShare(question, lang)).toBe(share);
  });
});

describe('a question asking how long the business has been going', () => {
  it.each([
    ['since 2012 we run day trips', true],
    ['Dr Ribes opened it in 2009.', true],
    ['С 2012 года мы проводим экскурсии', true],
    ['Call +34 611 2012 44', false],
    ['The deluxe room costs 2012 € a week', false],
    ['Open 09:30 to 19:30', false],
  ])('"%s" holds a year that answers "since when?": %s', (text, held) => {
    expect(holdsFact(text, 'duration')).toBe(held);
  });

  it.each([
    ['.', 'ru', 'вы давно работаете?', '2012'],
    ['test/fixtures/bots/clinic', 'ru', 'давно работает клиника?', '2009'],
    ['test/fixtures/bots/clinic', 'es', 'desde cuándo existe la clínica', '2009'],
  ])('%s %s: "%s" is answered with the year the about page gives', (dir, lang, question, year) => {
    expectAnsweredFrom(dir, lang, question, 'about');
    expect(projectAnswer(dir, lang, question).text).toContain(year);
  });
});
