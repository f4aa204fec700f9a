/**
 * The names of countries and territories in a language, as the runtime's own locale data
 * gives them: "Germany", "Германия", "Alemania".
 */
import type { Tokenizer } from './tokenize.js';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const stemsByTokenizer = new WeakMap<Tokenizer, ReadonlySet<string>>();

/** Whether a word's stem is a country's one-word name ("germany", "германию", "francia"). */
export function namesCountry(tokenizer: Tokenizer, stem: string): boolean {
  let stems = stemsByTokenizer.get(tokenizer);
  if (!stems) {
    stems = countryStems(tokenizer);
    stemsByTokenizer.set(tokenizer, stems);
  }
  return stems.has(stem);
}

function countryStems(tokenizer: Tokenizer): ReadonlySet<string> {
  const stems = new Set<string>();
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([tokenizer.lang], { type: 'region', fallback: 'none' });
  } catch {
    return stems;
  }
  for (const first of letters)
    for (const second of letters) {
      const name = names.of(first + second);
      if (!name || /[\s,()]/u.test(name)) continue;
      stems.add(tokenizer.stemOf(name.toLowerCase()));
    }
  return stems;
}
