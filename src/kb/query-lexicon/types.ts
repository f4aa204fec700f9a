/**
 * The shape of a built-in query lexicon, and the one helper the language modules use to write
 * theirs compactly. Pure data: imports nothing, so every language module can depend on it.
 */

export interface QueryLexicon {
  /**
   * Words and phrases that carry no question: greetings, politeness, thanks, openers and fillers
   * ("good morning", "could you please tell me", "i was wondering", "just", "actually").
   * Removed from the question before scoring. Lowercase, in the language's normal spelling
   * (accents as written; the engine folds them). Phrases are matched as whole word sequences.
   * Never holds a word that can be the subject of a question ("price", "open", "time", "help").
   */
  readonly noise: readonly string[];
  /**
   * Groups of words and phrases that visitors use for one thing a business writes about: each
   * group is one concept (price, opening hours, parking, refund...) and lists both the formal
   * words a business writes and the colloquial, slang, abbreviated and habitually misspelled
   * forms visitors write. Word families the stemmer does not join share a group. A word sits in
   * several groups only when it truly means each of them.
   */
  readonly concepts: ReadonlyArray<readonly string[]>;
}

/**
 * A lexicon as its modules write it: comma-separated lists, because a data file with one entry
 * per line would run to thousands of lines and hide the groups. Each inner array of `concepts`
 * is one group, however many lines it takes.
 */
export interface LexiconSource {
  readonly noise: readonly string[];
  readonly concepts: ReadonlyArray<readonly string[]>;
}

export function lexicon(source: LexiconSource): QueryLexicon {
  return {
    noise: source.noise.flatMap(splitList),
    concepts: source.concepts.map((group) => group.flatMap(splitList)),
  };
}

function splitList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter((entry) => entry.length > 0);
}
