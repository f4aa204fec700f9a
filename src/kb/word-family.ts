/**
 * Words of one family the stemmer leaves apart ("скриплю" / "скрип", "упаковать" /
 * "упаковка"), at two strengths. Reading a question, an unknown word joins a term of the
 * index only when one stem starts the other (`sharesStem`): that term is then searched for.
 * Quoting, once the block is chosen, a sentence that holds a word sharing a long beginning with
 * one of the visitor's words is about what they asked, when no sentence holds their words
 * themselves (`familyMatches`): a looser test, as it only picks among one block's sentences.
 */
import { foldAccents, type Tokenizer } from './tokenize.js';

/** Shorter words share beginnings by chance ("para" / "parking"). */
const minWord = 6;
const sharedBeginning = 5;

/** Two stems of one family: the shorter is at least five letters and starts the longer. */
export function sharesStem(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/** How many of the question's content words have a relative in the text. */
export function familyMatches(tokenizer: Tokenizer, question: string, text: string): number {
  const beginnings = contentWords(tokenizer, question).map((word) =>
    word.slice(0, sharedBeginning),
  );
  if (beginnings.length === 0) return 0;
  const words = contentWords(tokenizer, text);
  return new Set(beginnings.filter((start) => words.some((word) => word.startsWith(start)))).size;
}

function contentWords(tokenizer: Tokenizer, text: string): string[] {
  return [...foldAccents(text.toLowerCase()).matchAll(/\p{L}+/gu)]
    .map(([word]) => word)
    .filter((word) => word.length >= minWord && tokenizer.tokens(word).length > 0);
}
