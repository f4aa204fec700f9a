/**
 * What kind of fact a question asks for decides which sentence of the block is quoted: a
 * price, a time or a place, however the visitor words it.
 */
import { describe, expect, it } from 'vitest';
import { askedKind, holdsKind } from '../../src/kb/answer-kind.js';

describe('the kind of fact asked for', () => {
  it.each([
    ['en', 'how much is it in October?', 'price'],
    ['ru', 'сколько он стоит в октябре?', 'price'],
    ['ru', 'сколько стоят билеты?', 'price'],
    ['es', '¿cuánto cuesta en octubre?', 'price'],
    ['en', 'where do we meet?', 'place'],
    ['ru', 'где встречаемся?', 'place'],
    ['es', '¿dónde quedamos?', 'place'],
  ])('%s "%s" asks for a %s', (lang, question, kind) => {
    expect(askedKind(question, lang)).toBe(kind);
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
