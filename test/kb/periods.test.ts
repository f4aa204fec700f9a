/**
 * A sentence for one month or season is for questions that name it: "In August we close at
 * 14:00" does not answer "when do you close on Friday?".
 */
import { describe, expect, it } from 'vitest';
import { limitedToOtherPeriod, periodsNamed } from '../../src/kb/periods.js';

describe('periods a text names', () => {
  it.each([
    ['en', 'In August we close at 14:00.', 'when do you close on Friday?', true],
    ['en', 'In August we close at 14:00.', 'are you open in August?', false],
    ['ru', 'В августе мы работаем до 14:00.', 'до скольки вы работаете в пятницу?', true],
    ['ru', 'В августе мы работаем до 14:00.', 'а в августе до скольки?', false],
    ['es', 'En agosto cerramos a las 14:00.', '¿a qué hora cerráis el viernes?', true],
    ['es', 'En agosto cerramos a las 14:00.', '¿y en agosto?', false],
    ['en', 'We are open Monday to Friday.', 'when do you close on Friday?', false],
    ['de', 'Im Mai schliessen wir um 16:00.', 'habt ihr im Mai offen?', false],
    ['de', 'Im Mai schliessen wir um 16:00.', 'wann schliesst ihr am Freitag?', true],
  ])('%s "%s" for "%s" is for another period: %s', (lang, text, question, other) => {
    expect(limitedToOtherPeriod(text, periodsNamed(question, lang), lang)).toBe(other);
  });

  it('does not take the verb "may" for the month', () => {
    expect(periodsNamed('You may bring a dog.', 'en').size).toBe(0);
  });

  it('takes a short month only as a whole word: "Mail" and "maison" name no May', () => {
    expect(periodsNamed('Schreiben Sie uns eine Mail.', 'de').size).toBe(0);
    expect(periodsNamed('Une maison de campagne.', 'fr').size).toBe(0);
  });
});
