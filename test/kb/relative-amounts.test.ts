/**
 * A line that adds to a price ("Outside the city, €15 more", "+€10 on Sundays", "доплата 500
 * ₽") answers "how much?" only beside the price it adds to. Before, "how much is a home visit in
 * Burjassot?" got "Fuera de la ciudad (… Burjassot …), 15 € más" alone.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { statesRelativeAmount } from '../../src/kb/text-forms.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('an amount added to another price', () => {
  it.each([
    'Outside the city (Mislata, Burjassot), €15 more.',
    'On Sundays +€10.',
    'Fuera de la ciudad, 15 € más.',
    'За городом доплата 500 ₽.',
    'Ausserhalb der Stadt CHF 30 Zuschlag.',
    'En dehors de la ville, 15 € de plus.',
  ])('"%s" adds to a price', (text) => {
    expect(statesRelativeAmount(text)).toBe(true);
  });

  it.each([
    'A home visit costs €65 for the first animal and €25 for each animal more.',
    'La visita cuesta 65 €.',
    'Open 9:00 to 18:00, and more on request.',
  ])('"%s" is a price of its own, or none', (text) => {
    expect(statesRelativeAmount(text)).toBe(false);
  });
});

describe('a price question answered by a line that adds to a price', () => {
  const cases = [
    {
      lang: 'en',
      body: 'Our vets visit you at home in Valencia. A home visit costs €65. Outside the city (Mislata, Burjassot and nearby towns), €15 more. Book 48 hours ahead.',
      question: 'how much is a home visit in Burjassot?',
      title: 'Home visits',
    },
    {
      lang: 'es',
      body: 'Vamos a domicilio en Valencia. La visita a domicilio cuesta 65 €. Fuera de la ciudad (Mislata, Burjassot y pueblos cercanos), 15 € más. Pídela con 48 horas de antelación.',
      question: '¿cuánto cuesta la visita a domicilio en Burjassot?',
      title: 'Visitas a domicilio',
    },
    {
      lang: 'ru',
      body: 'Мы приезжаем на дом по Валенсии. Визит на дом стоит 65 €. За городом (Мислата, Бурхасот) доплата 15 €. Записывайтесь за 48 часов.',
      question: 'сколько стоит визит на дом в Бурхасот?',
      title: 'Визиты на дом',
    },
  ];
  it.each(cases)('$lang: "$question" gets the price and what it adds', (one) => {
    const knowledge = knowledgeOf(one.lang, [
      block('home', one.title, one.body),
      block('hours', 'Hours', 'Monday to Friday 9:00 to 18:00.'),
    ]);
    const answer = answerOffline(knowledge, one.question, [], { minConfidence: 0 });
    expect(answer.text).toContain('65');
    expect(answer.text).toContain('15');
  });
});
