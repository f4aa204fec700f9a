/**
 * "Where are you?", "¿horario?", "how do I contact you?" name no topic, and the words they stand
 * for ("address", "nearest", "office", "open") fill the blocks about parking, meeting rooms and
 * the spa as much as the block about where the business is. Before, "where are you located?" on
 * the hotel found its activities first and was refused, as was "где вы находитесь?" at the
 * removals firm: the title "Где мы находимся" is stop words and one verb.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { titleKind } from '../../src/kb/kind-titles.js';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { block, fixtureKnowledge, knowledgeOf } from '../helpers/knowledge.js';

const options = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

/** A question asked alone of a fixture business, as the bot answers it offline. */
function answerIn(bot: string, lang: string, question: string) {
  return answerOffline(fixtureKnowledge(bot, lang), question, [], options);
}

/** A coworking space whose parking, meeting rooms and office pages say "address", "nearest" and "open". */
const cowork = {
  en: knowledgeOf('en', [
    block(
      'rooms',
      'Meeting rooms',
      'Rooms are open to members from 08:00; the nearest one to reception seats 8. Use our business address for your company.',
    ),
    block(
      'parking',
      'Parking a car',
      'The nearest car park is 250 metres away, near our address on Rua da Boavista 72.',
    ),
    block(
      'location',
      'Where we are and how to get here',
      'We are at Rua da Boavista 72, Lisbon, between Cais do Sodré and Santos.',
    ),
    block('hours', 'Opening hours', 'Reception is staffed Monday to Friday, 09:00 to 19:00.'),
    block('booths', 'Phone booths', 'Four phone booths on each floor, free for members.'),
    block(
      'contact',
      'Contact us',
      'Phone +351 21 346 27 90, WhatsApp +351 913 58 24 07, email hello@cowork.example.',
    ),
  ]),
  ru: knowledgeOf('ru', [
    block(
      'parking',
      'Где припарковаться',
      'Ближайшая парковка в 200 метрах от нашего адреса, улица Бостон 12.',
    ),
    block(
      'rooms',
      'Переговорные',
      'Переговорные открыты с 8:00, ближайшая к ресепшену на 8 человек. Адрес офиса можно указать для компании.',
    ),
    block('location', 'Как нас найти', 'Мы на улице Бостон 12, второй этаж, вход со двора.'),
    block('hours', 'Часы работы', 'Ресепшен работает с понедельника по пятницу с 9:00 до 19:00.'),
  ]),
  es: knowledgeOf('es', [
    block(
      'areas',
      'Zonas donde trabajamos',
      'Trabajamos en toda la provincia y cerca de la costa, con oficina en cada zona.',
    ),
    block(
      'location',
      'Dónde estamos',
      'Estamos en la calle Larios 5, Málaga, junto a la plaza de la Constitución.',
    ),
    block('hours', 'Horario', 'Abrimos de lunes a viernes de 9:00 a 18:00.'),
  ]),
};

describe('a question that asks only where, when or how to get in touch', () => {
  it.each([
    ['en', 'where are you located?', 'location'],
    ['en', 'where are you exactly?', 'location'],
    ['en', 'when are you open?', 'hours'],
    ['en', 'how do I contact you?', 'contact'],
    ['ru', 'где вы находитесь?', 'location'],
    ['ru', 'часы работы?', 'hours'],
    ['es', '¿dónde estáis?', 'location'],
    ['es', 'horario?', 'hours'],
  ] as const)('%s "%s" is answered from the block titled for it', (lang, question, id) => {
    const answer = answerOffline(cowork[lang], question, [], options);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe(id);
  });

  it.each([['are you open on Sunday?'], ['open this weekend?'], ['are you open in August?']])(
    '"%s" asks the opening hours of a day, and is answered from them, not a FAQ elsewhere',
    (question) => {
      const knowledge = knowledgeOf('en', [
        block(
          'hours',
          'Opening hours',
          'Monday to Friday 09:00 to 19:00, Saturday 10:00 to 14:00.',
        ),
        {
          ...block('day-pass', 'Day pass', 'A day pass costs €20.'),
          faq: [
            {
              question: 'Are you open on Sunday with a day pass?',
              answer: 'Day passes are weekdays only.',
            },
          ],
        },
        block(
          'sunday-brunch',
          'Sunday brunch',
          'Brunch on the rooftop every Sunday in August, open to members.',
        ),
      ]);
      const answer = answerOffline(knowledge, question, [], options);
      expect(answer.citations[0]?.id).toBe('hours');
      expect(answer.text).toContain('09:00');
    },
  );

  it.each([
    ['de', 'Wo seid ihr genau? Ich komme mit dem Zug'],
    ['fr', 'Vous êtes où exactement ? Je viens en bus depuis la gare'],
    ['it', 'Dove vi trovo? Arrivo in treno'],
  ])('%s "%s" finds the garage’s location page, however it is titled', (lang, question) => {
    const answer = answerIn('garage', lang, question);
    expect(answer.citations[0]?.id).toBe('location');
  });

  it.each([
    ['fr', 'Y a-t-il un parking ?'],
    ['fr', 'Où puis-je stationner ?'],
    ['it', 'parcheggio?'],
    ['it', 'Dove posso parcheggiare?'],
    ['de', 'Kann man bei euch parken?'],
  ])(
    '%s "%s" finds the garage’s parking page, though the body work page says the word',
    (lang, question) => {
      const answer = answerIn('garage', lang, question);
      expect(answer.failed).toBe(false);
      expect(answer.citations[0]?.id).toBe('parking');
    },
  );

  it('leaves parking beside another topic to that topic: "parking near the meeting point?"', () => {
    const knowledge = knowledgeOf('en', [
      block('parking', 'Parking', 'Our car park behind the office is free for customers.'),
      block(
        'meeting',
        'Meeting point',
        'Tours start at the meeting point on Plaça de Catalunya, with paid parking nearby.',
      ),
    ]);
    const read = knowledge.rank('is there parking near the meeting point?', [], 3);
    expect(read.byTitle).toBeUndefined();
    expect(read.hits[0]?.block.id).toBe('meeting');
  });

  it.each([
    ['cowork', 'pt', 'onde ficam?', 'Rua da Boavista, 72'],
    ['cowork', 'en', 'where are you?', 'Rua da Boavista 72'],
    [
      'bikeshop',
      'en',
      'what are your opening hours?',
      'Monday to Friday: 09:30 to 19:30; Saturday',
    ],
    ['garage', 'fr', 'il y a un parking ?', '8 places de parc'],
    ['garage', 'de', 'Öffnungszeiten?', 'Montag bis Freitag: 07:30–12:00'],
  ])('%s %s "%s" quotes the block’s opening: "%s"', (bot, lang, question, opening) => {
    const answer = answerIn(bot, lang, question);
    expect(answer.text).toContain(opening);
  });

  it.each([
    [
      'school',
      'es',
      'dónde está la escuela exactamente? voy en metro',
      ['Calle Comedias 14', 'Guadalmedina'],
    ],
    [
      'cowork',
      'en',
      'Where exactly is the office? I am coming by tram',
      ['Rua da Boavista 72', 'Tram'],
    ],
    ['garage', 'de', 'Wo ist der Laden?', ['Bözingenstrasse 112']],
  ])(
    '%s %s "%s": the business by its name, and the line the words around it ask for',
    (bot, lang, question, quoted) => {
      const answer = answerIn(bot, lang, question);
      expect(answer.citations[0]?.id).toBe('location');
      for (const text of quoted) expect(answer.text).toContain(text);
    },
  );

  it.each([
    ['bikeshop', 'en', 'Are you open now?', 'hours', 'Monday to Friday: 09:30 to 19:30'],
    ['bikeshop', 'en', 'When do you open in the morning?', 'hours', 'Monday to Friday: 09:30'],
    ['clinic', 'es', 'a qué hora abrís por la tarde?', 'opening-hours', '16:00–20:00'],
    ['bikeshop', 'es', 'Buenos días, ¿a qué hora abrís mañana?', 'hours', 'De lunes a viernes'],
    ['shop', 'ru', 'телефон магазина', 'contact', ''],
    ['clinic', 'es', 'tlf de la clínica porfa', 'contact', ''],
    ['school', 'ru', 'работаете в субботу?', 'hours', ''],
    ['vet', 'es', '¿en qué calle estáis?', 'location', ''],
    ['clinic', 'en', 'email address?', 'contact', ''],
  ])(
    '%s %s "%s": a part of the day, the business by its name or a word of the kind’s lexicon group asks for %s',
    (bot, lang, question, id, quoted) => {
      const answer = answerIn(bot, lang, question);
      expect(answer.citations[0]?.id).toBe(id);
      // A summer line that says "tardes" is not the afternoon hours.
      expect(answer.text).toContain(quoted);
    },
  );

  it('quotes the row of the day asked about: "are you open on Sunday?"', () => {
    const answer = answerIn('bikeshop', 'en', 'are you open on Sunday?');
    expect(answer.text).toMatch(/^Sunday: 10:00 to 14:00/);
  });

  it.each([
    ['ru', 'вы давно работаете?'],
    ['es', '¿desde cuándo existís?'],
    ['en', 'since when are you open?'],
  ])('%s "%s" asks how long the business has been around, not its hours', (lang, question) => {
    const knowledge = knowledgeOf(lang, [
      block(
        'hours',
        lang === 'ru' ? 'Часы работы' : lang === 'es' ? 'Horario' : 'Opening hours',
        'Mo–Fr 09:00–19:00.',
      ),
      block('about', 'About', 'Founded in 2009.'),
    ]);
    expect(knowledge.rank(question, [], 3).byTitle).toBeUndefined();
  });

  it('leaves a question with a topic of its own to the topic: "what time is breakfast?"', () => {
    const hotel = fixtureKnowledge('hotel', 'ru');
    const answer = answerOffline(hotel, 'во сколько завтрак', [], options);
    expect(answer.citations[0]?.id).toBe('breakfast');
  });

  it('refuses "where is the nearest pharmacy?": the pharmacy is a topic the knowledge lacks', () => {
    const answer = answerOffline(cowork.en, 'where is the nearest pharmacy?', [], options);
    expect(answer.citations[0]?.id).not.toBe('location');
  });

  it('does not answer "how long does it take?" with the opening hours', () => {
    const answer = answerOffline(cowork.en, 'how long does it take?', [], options);
    expect(answer.citations[0]?.id).not.toBe('hours');
  });

  /** A question asked right after one about meeting rooms, and its answer. */
  const afterMeetingRooms = (question: string) =>
    cowork.en.rank(
      question,
      ['can I book a meeting room?', 'Rooms are open to members from 08:00.'],
      3,
    );

  it('answers "what\'s your WhatsApp?" with the contact page, whatever was asked before', () => {
    const read = afterMeetingRooms("what's your whatsapp");
    expect(read.byTitle).toBeDefined();
    expect(read.hits[0]?.block.id).toBe('contact');
  });

  it('reads a follow-up with the topic before it, not as the business’s address', () => {
    const read = afterMeetingRooms('and where is it?');
    expect(read.followUp).toBe(true);
    expect(read.hits[0]?.block.id).toBe('rooms');
  });
});

describe('what a block’s title says it is for', () => {
  it.each([
    ['en', 'Where we are and how to get here', 'place', 0],
    ['en', 'Office opening hours', 'time', 1],
    ['en', 'Phone booths', 'contact', 1],
    ['en', 'Virtual office and business address', 'place', 3],
    ['ru', 'Как нас найти', 'place', 0],
    ['ru', 'Где мы находимся и как добраться', 'place', 0],
    ['es', 'Zonas donde trabajamos', 'place', 2],
    ['it', 'Come raggiungerci', 'place', 0],
    ['de', 'Öffnungszeiten', 'time', 0],
    ['pt', 'Contactos', 'contact', 0],
    ['uk', 'Години роботи', 'time', 0],
    ['ru', 'Где оставить машину', 'parking', 0],
    ['fr', 'Places de parc et borne de recharge', 'parking', 2],
  ] as const)('%s «%s»: %s, %i other words', (lang, title, kind, otherWords) => {
    expect(titleKind(title, lang, new Tokenizer(lang))).toEqual({ kind, otherWords });
  });

  it.each([
    ['ru', 'Номера'],
    ['ru', 'Когда звонить нам немедленно'],
    ['fr', 'Annuler ou déplacer un rendez-vous'],
    ['en', 'Levels and how long it takes'],
  ])('%s «%s» is not one of them', (lang, title) => {
    expect(titleKind(title, lang, new Tokenizer(lang))).toBeUndefined();
  });
});
