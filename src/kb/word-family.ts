/**
 * Words of one family the stemmer leaves apart ("упаковать" / "упаковка", "подарок" /
 * "подарочная"): a sentence that holds a word sharing a long beginning with one of the
 * visitor's words is about what they asked, when no sentence holds their words themselves.
 */
import { foldAccents, type Tokenizer } from './tokenize.js';

/** Shorter words share beginnings by chance ("para" / "parking"). */
const minWord = 6;
const sharedBeginning = 5;

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
