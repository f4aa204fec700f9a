/** The shape of a language's built-in lexicon for understanding visitor questions. */
export interface QueryLexicon {
  /**
   * Words and phrases that carry no question: greetings, politeness, thanks, openers and
   * fillers. Removed from a question before it is scored.
   */
  readonly noise: readonly string[];
  /**
   * Groups of words and phrases visitors use for one thing a business writes about: a word of
   * a group also searches for the others.
   */
  readonly concepts: ReadonlyArray<readonly string[]>;
}
