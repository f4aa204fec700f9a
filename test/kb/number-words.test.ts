/**
 * A number written as a word tells how many, as one in digits does, and says nothing about
 * whether the knowledge answers: "хотим приехать вдвоём на неделю…, во сколько это обойдётся?"
 * was refused while "нас 2" was not, because "вдвоём" counted as a word the knowledge lacks.
 */
import { describe, expect, it } from 'vitest';
import { isNumberWord } from '../../src/kb/number-words.js';
import { expectAnsweredFrom } from '../helpers/answers.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('a number written as a word', () => {
  it.each(['six', 'Seis', 'вдвоём', 'вдвоем', 'двоих', 'удвох', 'zwölf', 'douze', 'três'])(
    '"%s" is a number',
    (word) => expect(isNumberWord(word)).toBe(true),
  );

  it.each(['one', 'одна', 'una', 'price', 'noche'])('"%s" is not', (word) =>
    expect(isNumberWord(word)).toBe(false),
  );

  it('counts neither for nor against the answer when the knowledge never writes it', () => {
    const knowledge = knowledgeOf('es', [
      block('groups', 'Grupos', 'Los grupos de 10 personas o más tienen un 10% de descuento.'),
    ]);
    const units = knowledge.analyzer.analyze('somos doce, hay descuento?');
    expect(units.find((unit) => unit.text === 'doce')).toMatchObject({ optional: true });
  });

  it.each([
    [
      'test/fixtures/bots/hotel',
      'ru',
      'хотим приехать вдвоём на неделю в конце мая, во сколько это обойдётся примерно?',
      'rates',
    ],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);
});
