/**
 * The visitor's numbers against the ranges a table gives: the row for their dog's weight, their
 * child's age or their group's size is the one quoted, in every language of the lexicons.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { fitsQuantities, quantitiesOf } from '../../src/kb/quantities.js';
import { projectKnowledge } from '../helpers/knowledge.js';

describe('the visitor’s numbers', () => {
  it.each([
    ["she's about 30 kilos", [{ value: 30, measure: 'weight' }]],
    ['a 30kg dog', [{ value: 30, measure: 'weight' }]],
    ['English for my 9 year old', [{ value: 9, measure: 'age' }]],
    ['сыну 14 лет', [{ value: 14, measure: 'age' }]],
    ['нас 12 человек', [{ value: 12, measure: 'people' }]],
    ['pesa 35 kilos', [{ value: 35, measure: 'weight' }]],
    ['переговорна на 8 людей', [{ value: 8, measure: 'people' }]],
    ['somos 6 pessoas', [{ value: 6, measure: 'people' }]],
  ])('"%s" measures %j', (text, expected) => {
    expect(quantitiesOf(text)).toEqual(expected);
  });

  it('counts no number without a word saying what it measures', () => {
    expect(quantitiesOf('we have 2 kids, order BR-20417, from €75')).toEqual([]);
  });
});

describe('a row’s range', () => {
  const thirtyKilos = [{ value: 30, measure: 'weight' as const }];
  const nineYears = [{ value: 9, measure: 'age' as const }];
  it.each([
    ['Dog spay, over 25 kg: Price €380', thirtyKilos, true],
    ['Dog spay, 10 to 25 kg: Price €300', thirtyKilos, false],
    ['Dog spay, up to 10 kg: Price €240', thirtyKilos, false],
    ['Castración de perro de más de 25 kg: 290 €', thirtyKilos, true],
    ['Cat spay (female): Price €160', thirtyKilos, undefined],
    ['Kids: Ages 7 to 12, Days and times Monday 17:15 to 18:30, Price €75', nineYears, true],
    ['Adults (A2 to C1): Ages 18 and over, Price €95', nineYears, false],
    ['Малыши: Возраст 4–6 лет, Цена 65 €', nineYears, false],
    ['Группы от 10 до 19 человек: скидка 10%', [{ value: 12, measure: 'people' as const }], true],
    ['Kids: Ages 7 to 12, Price €75', thirtyKilos, undefined],
  ])('"%s" for %j: %s', (row, asked, fits) => {
    expect(fitsQuantities(row, asked)).toBe(fits);
  });
});

describe('the row quoted', () => {
  const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };
  it.each([
    [
      'test/fixtures/bots/vet',
      'en',
      "how much to get my female lab spayed, she's about 30 kilos",
      'Dog spay, over 25 kg',
      'Cat spay',
    ],
    [
      'test/fixtures/bots/school',
      'en',
      'English classes for my 8 year old daughter — what days and how much?',
      'Kids: Ages 7 to 12',
      'Teens',
    ],
    [
      '.',
      'ru',
      'Добрый день, организуем корпоратив на 22 человека',
      'от 20 человек',
      'от 10 до 19',
    ],
  ])('%s %s: "%s" quotes "%s", not "%s"', (dir, lang, question, quoted, left) => {
    const answer = answerOffline(projectKnowledge(dir, lang), question, [], asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.text).toContain(quoted);
    expect(answer.text).not.toContain(left);
  });
});
