/**
 * A verb that only carries what the question asks about ("¿tenéis trasteros?", "¿hacéis
 * mudanzas de oficinas?") counts lightly beside it. At full weight it found whichever block
 * happens to say "tenemos" or "hacemos"; dropped, a question about something the business lacks
 * would lose the word that keeps it from an answer.
 */
import { describe, expect, it } from 'vitest';
import { isFrameVerb } from '../../src/kb/frame-verbs.js';
import { expectAnsweredFrom } from '../helpers/answers.js';

describe('a verb that carries the question', () => {
  it.each([
    ['es', 'tenéis'],
    ['es', 'hacéis'],
    ['es', 'aceptáis'],
    ['pt', 'têm'],
    ['fr', 'proposez'],
    ['de', 'bietet'],
    ['ru', 'продаёте'],
    ['uk', 'пропонуєте'],
  ])('%s: "%s" is one', (lang, word) => {
    expect(isFrameVerb(word, lang)).toBe(true);
  });

  it.each([
    ['es', 'trasteros'],
    ['es', 'reservar'],
    ['ru', 'доставка'],
  ])('%s: "%s" is not', (lang, word) => {
    expect(isFrameVerb(word, lang)).toBe(false);
  });

  it.each([
    ['test/fixtures/bots/shop', 'es', '¿tenéis descafeinado?', 'coffee-beans'],
    ['test/fixtures/bots/shop', 'es', '¿hace falta registrarse para comprar?', 'account'],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);
});
