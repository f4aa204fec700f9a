/**
 * Things a business may have one of without the other are kept apart in the lexicons. The
 * airport is not another word for a pick-up: a tour operator's free hotel pick-up answers no "do
 * you do airport transfers?", while a hotel's airport transfer does. A pool answers no question
 * about a gym or a sauna, nor air conditioning one about heating, as the Russian groups always
 * kept them. Before, the other languages' groups joined them, and a business with one
 * answered questions about the other.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { block, knowledgeOf, projectKnowledge } from '../helpers/knowledge.js';

const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

/** The blocks a question is answered from, in a knowledge of one block beside the hours. */
function citedFor(
  [lang, question, title, body]: readonly [string, string, string, string],
  options: { minConfidence: number; minClarifyConfidence?: number },
): string[] {
  const knowledge = knowledgeOf(lang, [
    block('one', title, body),
    block('hours', 'Hours', '9:00–18:00.'),
  ]);
  return answerOffline(knowledge, question, [], options).citations.map((citation) => citation.id);
}

/** The blocks a question is answered from in a bot project of this repository. */
function citedIn(dir: string, lang: string, question: string): string[] {
  const answer = answerOffline(projectKnowledge(dir, lang), question, [], asConfigured);
  return answer.citations.map((citation) => citation.id);
}

describe('an airport question', () => {
  it.each([
    ['en', 'do you do airport transfers? we land at 7am'],
    ['ru', 'трансфер из аэропорта организуете?'],
    ['es', '¿hacéis traslados desde el aeropuerto?'],
  ])('%s: "%s" is not answered by a hotel pick-up', (lang, question) => {
    expect(citedIn('.', lang, question)).not.toContain('pickup');
  });

  it.each([
    ['en', 'can we get picked up from girona airport, there are 5 of us'],
    ['ru', 'сколько стоит встреча в аэропорту жироны на четверых'],
    ['es', 'por cierto, ¿el traslado al aeropuerto de Girona cuánto vale?'],
  ])('%s: "%s" is answered by an airport transfer', (lang, question) => {
    expect(citedIn('test/fixtures/bots/hotel', lang, question)[0]).toBe('airport-transfer');
  });

  it('still finds the hotel pick-up for a pick-up question', () => {
    expect(citedIn('.', 'en', 'do you pick us up from our hotel?')[0]).toBe('pickup');
  });
});

describe('a block about one thing', () => {
  // A pool and a gym, cooling and heating, cleaning and a laundry, any discount and one for students.
  it.each([
    [
      'en',
      'is there a gym?',
      'Swimming pool',
      'Our outdoor pool is open from May to October, 9:00 to 20:00.',
    ],
    [
      'en',
      'do you have a sauna?',
      'Swimming pool',
      'Our outdoor pool is open from May to October, 9:00 to 20:00.',
    ],
    [
      'es',
      '¿tenéis gimnasio?',
      'Piscina',
      'La piscina exterior abre de mayo a octubre, de 9:00 a 20:00.',
    ],
    [
      'en',
      'is there heating in the rooms?',
      'Air conditioning',
      'Every room has air conditioning you control yourself.',
    ],
    [
      'de',
      'Gibt es ein Fitnessstudio?',
      'Schwimmbad',
      'Unser Freibad ist von Mai bis Oktober geöffnet.',
    ],
    [
      'fr',
      'Vous avez une salle de sport ?',
      'Piscine',
      'La piscine extérieure est ouverte de mai à octobre.',
    ],
    ['it', "C'è la palestra?", 'Piscina', 'La piscina esterna è aperta da maggio a ottobre.'],
    ['pt', 'Têm ginásio?', 'Piscina', 'A piscina exterior está aberta de maio a outubro.'],
    ['de', 'Haben die Zimmer eine Heizung?', 'Klimaanlage', 'Alle Zimmer haben eine Klimaanlage.'],
    [
      'en',
      'do you have a laundry service?',
      'Housekeeping',
      'Rooms are cleaned every day; towels are changed on request.',
    ],
    [
      'es',
      '¿tenéis servicio de lavandería?',
      'Limpieza',
      'Limpiamos las habitaciones cada día y cambiamos las toallas si lo pides.',
    ],
    [
      'ru',
      'у вас есть прачечная?',
      'Уборка',
      'Номера убирают каждый день, полотенца меняем по просьбе.',
    ],
    ['en', 'is there a student discount?', 'Discounts', 'Groups of ten or more get 10% off.'],
    ['ru', 'есть скидка для студентов?', 'Скидки', 'Группам от десяти человек скидка 10%.'],
    [
      'es',
      '¿hay descuento para estudiantes?',
      'Descuentos',
      'Los grupos de diez o más tienen un 10% de descuento.',
    ],
    [
      'de',
      'Gibt es einen Studentenrabatt?',
      'Rabatte',
      'Gruppen ab zehn Personen erhalten 10% Rabatt.',
    ],
    [
      'fr',
      'Vous avez une réduction étudiant ?',
      'Réductions',
      'Les groupes de dix personnes ou plus ont 10% de réduction.',
    ],
    [
      'it',
      "C'è uno sconto studenti?",
      'Sconti',
      'I gruppi di dieci o più persone hanno il 10% di sconto.',
    ],
    [
      'pt',
      'Há desconto de estudante?',
      'Descontos',
      'Grupos de dez ou mais pessoas têm 10% de desconto.',
    ],
  ] as const)('%s: "%s" is not answered from "%s"', (...asked) => {
    expect(citedFor(asked, asConfigured)).not.toContain('one');
  });

  // Even answering whatever it finds: a forecast, a pharmacy, an MRI, half board, a shower, PayPal.
  it.each([
    [
      'de',
      'Wie ist die Wettervorhersage für Samstag?',
      'Bei schlechtem Wetter',
      'Bei Regen verschieben wir die Tour kostenlos.',
    ],
    [
      'fr',
      'Quelles sont les prévisions pour samedi ?',
      'En cas de mauvais temps',
      'En cas de pluie, nous reportons la sortie sans frais.',
    ],
    [
      'it',
      'Che previsioni ci sono per sabato?',
      'Maltempo',
      'Se piove rimandiamo il giro senza costi.',
    ],
    [
      'pt',
      'Qual é a previsão para sábado?',
      'Mau tempo',
      'Se chover, adiamos o passeio sem custos.',
    ],
    ['uk', 'Який прогноз на суботу?', 'Негода', 'Якщо дощ, переносимо екскурсію безкоштовно.'],
    [
      'en',
      'is there a pharmacy near you?',
      'Medication',
      'We prescribe medication after the visit.',
    ],
    [
      'es',
      '¿hay una farmacia cerca?',
      'Medicamentos',
      'Recetamos los medicamentos después de la visita.',
    ],
    ['ru', 'рядом есть аптека?', 'Лекарства', 'Лекарства назначаем после приёма.'],
    [
      'en',
      'do you do MRI scans?',
      'X-ray and ultrasound',
      'We have digital X-ray and ultrasound on site.',
    ],
    ['ru', 'делаете ли вы МРТ?', 'Рентген и УЗИ', 'У нас есть цифровой рентген и УЗИ.'],
    [
      'es',
      '¿hacéis resonancias?',
      'Radiografía y ecografía',
      'Tenemos radiografía digital y ecografía en la clínica.',
    ],
    [
      'en',
      'do you do half board?',
      'Breakfast',
      'Breakfast is served from 8:00 to 10:30 on the terrace.',
    ],
    [
      'es',
      '¿tenéis media pensión?',
      'Desayuno',
      'El desayuno se sirve de 8:00 a 10:30 en la terraza.',
    ],
    ['ru', 'у вас есть полупансион?', 'Завтрак', 'Завтрак подаём с 8:00 до 10:30 на террасе.'],
    ['en', 'is there a shower?', 'Lockers', 'Lockers for members, €12 a month.'],
    ['pt', 'têm duche?', 'Cacifos', 'Cacifos para membros, 12 € por mês.'],
    ['de', 'Gibt es eine Dusche?', 'Spinde', 'Spinde für Mitglieder, 12 € im Monat.'],
    [
      'es',
      '¿aceptáis PayPal?',
      'Transferencia bancaria',
      'Puedes pagar por transferencia bancaria al IBAN de la factura.',
    ],
  ] as const)('%s: "%s" never finds "%s"', (...asked) => {
    expect(citedFor(asked, { minConfidence: 0 })).not.toContain('one');
  });

  it.each([
    [
      'en',
      'when is the swimming pool open?',
      'Swimming pool',
      'Our outdoor pool is open from May to October, 9:00 to 20:00.',
    ],
    [
      'en',
      'can you do an ultrasound?',
      'X-ray and ultrasound',
      'We have digital X-ray and ultrasound on site.',
    ],
    ['ru', 'а узи можно сделать?', 'Рентген и УЗИ', 'У нас есть цифровой рентген и УЗИ.'],
  ] as const)('%s: "%s" is still answered from "%s"', (...asked) => {
    expect(citedFor(asked, asConfigured)[0]).toBe('one');
  });
});

describe('a forecast', () => {
  it.each([
    ['en', "what's the forecast for saturday in montserrat?"],
    ['ru', 'какой прогноз на завтра в Монтсеррате?'],
    ['es', '¿qué pronóstico hay para el sábado en Montserrat?'],
  ])('%s: "%s" is not answered by what happens when it rains', (lang, question) => {
    expect(citedIn('.', lang, question)).not.toContain('weather');
  });

  it.each([
    ['en', 'what happens if it rains on our day trip?'],
    ['ru', 'а если будет дождь, экскурсия состоится?'],
  ])('%s: "%s" is', (lang, question) => {
    expect(citedIn('.', lang, question)[0]).toBe('weather');
  });
});
