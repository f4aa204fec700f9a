/**
 * A country the knowledge never names says where to, as a number says how many: "shipping to
 * Germany?" asks what the shipping page answers for every country it does not list, and the
 * country's name counts neither for nor against the answer. Before, it counted as a thing the
 * knowledge never mentions, and "доставка в германию сколько" was refused.
 */
import { describe, expect, it } from 'vitest';
import { namesCountry } from '../../src/kb/countries.js';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { expectAnsweredFrom } from '../helpers/answers.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('a country in a question', () => {
  it.each([
    ['en', 'germany'],
    ['ru', 'германию'],
    ['es', 'francia'],
    ['de', 'frankreich'],
    ['fr', 'allemagne'],
    ['it', 'germania'],
    ['pt', 'alemanha'],
  ])('%s: "%s" names a country, in any of its forms', (lang, word) => {
    const tokenizer = new Tokenizer(lang);
    expect(namesCountry(tokenizer, tokenizer.stemOf(word))).toBe(true);
  });

  it('is no country when it is a word of the language', () => {
    const tokenizer = new Tokenizer('en');
    for (const word of ['shipping', 'price', 'narnia'])
      expect(namesCountry(tokenizer, tokenizer.stemOf(word))).toBe(false);
  });

  it('counts neither for nor against the answer when the knowledge never names it', () => {
    const knowledge = knowledgeOf('en', [
      block('shipping', 'Shipping', 'We ship across Europe: €9.90, 3 to 5 working days.'),
      block('returns', 'Returns', 'Send it back within 30 days for a refund.'),
    ]);
    const [, country] = knowledge.analyzer.analyze('shipping to germany?');
    expect(country).toMatchObject({ text: 'germany', optional: true });
    // A place that is no country stays a word the knowledge does not know.
    const [, place] = knowledge.analyzer.analyze('shipping to narnia?');
    expect(place?.optional).toBeFalsy();
  });

  it('is read as the knowledge writes it when the knowledge names it', () => {
    const knowledge = knowledgeOf('en', [
      block('shipping', 'Shipping', 'Spain €4.90; Portugal €6.90; Germany €9.90.'),
    ]);
    const [, country] = knowledge.analyzer.analyze('shipping to germany?');
    expect(country?.optional).toBeFalsy();
    expect(country?.terms.length).toBeGreaterThan(0);
  });

  it.each([['test/fixtures/bots/shop', 'ru', 'доставка в германию сколько', 'shipping']])(
    '%s %s: "%s" is answered from %s',
    expectAnsweredFrom,
  );
});
