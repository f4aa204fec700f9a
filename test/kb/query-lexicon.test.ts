import { describe, expect, it } from 'vitest';
import { QueryAnalyzer } from '../../src/kb/query.js';
import { queryLexicons } from '../../src/kb/query-lexicon.js';
import { Tokenizer } from '../../src/kb/tokenize.js';

const nothingKnown = { has: () => false, terms: () => [], words: () => [] };

const languages = ['en', 'ru', 'es', 'de', 'fr', 'it', 'pt', 'uk'];
// Letters, digits, and the apostrophes, hyphens and single spaces that real words and phrases use.
const wellFormed = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'-]|(?<! ) (?! ))*[\p{L}\p{M}\p{N}]$|^\p{L}$/u;

// The engine folds accents and ё, so "cuánto" and "cuanto" are one entry; the breve stays, as й is
// a letter of its own.
function folded(entry: string): string {
  return entry.normalize('NFD').replace(/[\u0300-\u0305\u0307-\u036f]/g, '');
}

function lexiconOf(language: string) {
  const lexicon = queryLexicons[language];
  if (!lexicon) throw new Error(`no lexicon for ${language}`);
  return lexicon;
}

describe('query lexicons', () => {
  it('has a lexicon for every supported language and no other', () => {
    expect(Object.keys(queryLexicons).sort()).toEqual([...languages].sort());
  });

  describe.each(languages)('%s', (language) => {
    const { noise, concepts } = lexiconOf(language);
    const entries = [...noise, ...concepts.flat()];

    it('writes every entry lowercase, trimmed, without punctuation', () => {
      const malformed = entries.filter(
        (entry) => entry !== entry.toLowerCase() || !wellFormed.test(entry),
      );
      expect(malformed).toEqual([]);
    });

    it('has greetings and fillers, and groups of at least two entries', () => {
      expect(noise.length).toBeGreaterThan(20);
      expect(concepts.length).toBeGreaterThanOrEqual(30);
      expect(concepts.filter((group) => group.length < 2)).toEqual([]);
    });

    it('lists no entry twice in a group, nor twice in noise', () => {
      const repeated = [noise, ...concepts].flatMap((group) => {
        const keys = group.map(folded);
        return group.filter((_, index) => keys.indexOf(keys[index]!) !== index);
      });
      expect(repeated).toEqual([]);
    });

    it('never removes as noise a word that a concept group needs', () => {
      const conceptEntries = new Set(concepts.flat().map(folded));
      expect(noise.filter((entry) => conceptEntries.has(folded(entry)))).toEqual([]);
    });

    it('keeps every concept phrase whole when the noise is removed', () => {
      // Noise inside a phrase ("special offer", "take away") must not break it: the analyzer
      // reads the phrase as one unit.
      const analyzer = new QueryAnalyzer(
        new Tokenizer(language),
        nothingKnown,
        lexiconOf(language),
      );
      const broken = concepts
        .flat()
        .filter((entry) => entry.includes(' '))
        .filter(
          (phrase) =>
            !analyzer.analyze(phrase).some((unit) => unit.concept && unit.text.includes(' ')),
        );
      expect(broken).toEqual([]);
    });
  });

  it('gives the largest languages 60 or more concepts', () => {
    for (const language of ['en', 'ru', 'es']) {
      expect(lexiconOf(language).concepts.length).toBeGreaterThanOrEqual(60);
    }
  });
});
