/**
 * What kind of fact a question asks for decides which sentence of the block is quoted: a
 * price, a time, a place or a phone number, however the visitor words it.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { askedKind, holdsKind } from '../../src/kb/answer-kind.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('the kind of fact asked for', () => {
  it.each([
    ['en', 'how much is it in October?', 'price'],
    ['ru', 'сколько он стоит в октябре?', 'price'],
    ['ru', 'сколько стоят билеты?', 'price'],
    ['es', '¿cuánto cuesta en octubre?', 'price'],
    ['en', 'where do we meet?', 'place'],
    ['ru', 'где встречаемся?', 'place'],
    ['es', '¿dónde quedamos?', 'place'],
    ['de', 'Notfall, wen kann ich anrufen?', 'phone'],
    ['it', 'qual è il numero del carro attrezzi?', 'phone'],
    ['fr', 'qui appeler la nuit ?', 'phone'],
    ['uk', 'дайте номер телефону', 'phone'],
  ])('%s "%s" asks for a %s', (lang, question, kind) => {
    expect(askedKind(question, lang)).toBe(kind);
  });

  it('does not take "close to the door" for a closing time', () => {
    expect(askedKind('is there a disabled parking space close to the door', 'en')).toBeUndefined();
    expect(askedKind('when do you close?', 'en')).toBe('time');
  });

  it.each([
    ['es', 'clases particulares online cuánto?'],
    ['es', 'y la habitación doble, ¿cuánto por noche?'],
    ['ru', 'а за ночь сколько?'],
    ['ru', 'а сколько за ночь?'],
    ['uk', 'а роздрукувати кольорово скільки?'],
  ])('%s "%s" ends on a bare "how much", which asks for a price', (lang, question) => {
    expect(askedKind(question, lang)).toBe('price');
  });

  it.each([
    ['ru', 'за сколько надо заказывать переезд летом?'],
    ['ru', 'сколько человек в группе?'],
    ['uk', 'скільки людей у групі?'],
    ['es', '¿cuántos alumnos hay por clase?'],
  ])('%s "%s" asks how many or how far ahead, not a price', (lang, question) => {
    expect(askedKind(question, lang)).not.toBe('price');
  });

  it.each([
    ['fr', 'vous êtes où ?'],
    ['fr', 'où est le garage'],
    ['fr', 'vous êtes ou ?'],
    ['fr', 'ou se trouve le garage'],
    ['uk', 'де ви знаходитесь?'],
  ])('%s "%s" asks for a place, with or without its accent', (lang, question) => {
    expect(askedKind(question, lang)).toBe('place');
  });

  it.each([
    ['fr', 'vous réparez le samedi ou le lundi ?'],
    ['uk', 'на який день можна записатися?'],
  ])('%s "%s": "or" and "day" are no "where"', (lang, question) => {
    expect(askedKind(question, lang)).not.toBe('place');
  });

  it('does not take a word that merely contains "где" for "where"', () => {
    expect(askedKind('нигде не нашёл парковку', 'ru')).toBeUndefined();
  });

  it.each([
    ['Day trips start at Plaça de Catalunya.', true],
    ['Экскурсии начинаются на площади Каталонии.', true],
    ['Please be there 15 minutes before departure.', false],
    ['Пожалуйста, приходите за 15 минут до отправления.', false],
  ])('"%s" names a place: %s', (text, names) => {
    expect(holdsKind(text, 'place')).toBe(names);
  });
});

describe('a phone number', () => {
  it.each([
    ['Call +41 32 341 27 85 during opening hours.', true],
    ['Der Abschleppdienst: 032 365 44 00, rund um die Uhr.', true],
    ['Samstag 08:00–12:00.', false],
    ['Ab CHF 139.', false],
  ])('"%s" holds one: %s', (text, holds) => {
    expect(holdsKind(text, 'phone')).toBe(holds);
  });

  it('is the line quoted when the question asks whom to call', () => {
    const garage = knowledgeOf('de', [
      block(
        'breakdown',
        'Pannenhilfe',
        'Bei einer Panne helfen wir Ihnen gern. Ausserhalb der Öffnungszeiten schleppt Sie unser Partner ab: 032 365 44 00. Danach melden wir uns am nächsten Arbeitstag bei Ihnen.',
      ),
      block('hours', 'Öffnungszeiten', 'Montag bis Freitag 07:30–18:00.'),
    ]);
    const answer = answerOffline(garage, 'Panne am Sonntag, wen kann ich anrufen?', [], {
      minConfidence: 0,
    });
    expect(answer.citations[0]?.id).toBe('breakdown');
    expect(answer.text).toContain('365 44 00');
  });
});

describe('a duration or a date', () => {
  it.each([
    ['en', 'How long does it take to get from B1 to B2?'],
    ['es', '¿Cuántas semanas necesito para llegar a B2?'],
    ['es', '¿cuánto se tarda en pasar de A2 a B1?'],
    ['fr', 'ça dure combien de temps ?'],
    ['it', 'quanto tempo ci vuole per la carrozzeria?'],
    ['pt', 'quanto tempo demora?'],
    ['ru', 'сколько времени займёт ремонт?'],
    ['de', 'wie lange dauert der Service?'],
    ['uk', 'скільки часу чекати?'],
    ['en', 'how much notice do you need?'],
    ['es', '¿con cuánta antelación hay que reservar?'],
    ['de', 'Wie früh muss ich buchen?'],
    ['ru', 'за сколько заранее бронировать?'],
    ['it', 'con quanto anticipo devo prenotare?'],
    ['es', '¿cada cuánto sale el camión a Inglaterra?'],
    ['fr', 'tous les combien faut-il faire le service ?'],
    ['pt', 'de quanto em quanto tempo há eventos?'],
    ['ru', 'как часто ходит грузовик в Англию?'],
  ])('%s "%s" asks for a time, not a price', (lang, question) => {
    expect(askedKind(question, lang)).toBe('time');
  });

  it.each([
    ['Most students need about 8 weeks per level.', true],
    ['Деньги вернём в течение 5 рабочих дней.', true],
    ['El curso dura 2-3 horas.', true],
    ['The next exam is on 21 May.', true],
    ['Полные новички начинают 3 мая.', true],
    ['Les cours reprennent le 4 octobre.', true],
    ['Room 12 has a sea view.', false],
    ['Полные новички начинают в 2027 году.', false],
    ['We send 5 mails a year.', false],
  ])('"%s" holds one: %s', (text, holds) => {
    expect(holdsKind(text, 'time')).toBe(holds);
  });

  it('is the sentence quoted for "how long"', () => {
    const school = knowledgeOf('en', [
      block(
        'levels',
        'Levels',
        'You reach the next level when you pass the level test. Most students need about 8 weeks per level.',
      ),
      block('prices', 'Course prices', 'The intensive course costs €220 a week.'),
    ]);
    const answer = answerOffline(school, 'how long to reach the next level?', [], {
      minConfidence: 0,
    });
    expect(answer.citations[0]?.id).toBe('levels');
    expect(answer.text).toContain('8 weeks');
  });
});

describe('a discount', () => {
  it.each([
    ['en', 'do the kids go cheaper?'],
    ['en', 'any discount for students?'],
    ['es', '¿hay descuento para grupos?'],
    ['de', 'gibt es Rabatt für Studenten?'],
    ['fr', 'une réduction pour les enfants ?'],
    ['it', "c'è uno sconto?"],
    ['pt', 'tem desconto?'],
    ['ru', 'есть скидка для детей?'],
    ['uk', 'є знижка?'],
  ])('%s "%s" asks for a price', (lang, question) => {
    expect(askedKind(question, lang)).toBe('price');
  });

  it('is answered by the share off, as a price is by its amount', () => {
    expect(holdsKind('Children from 4 to 12 get 30% off every tour.', 'price')).toBe(true);
    expect(holdsKind('Children are welcome on every tour.', 'price')).toBe(false);
  });
});
