/**
 * The names of countries and territories in a language, as the runtime's own locale data
 * gives them ("Germany", "Германия", "Alemania"), and which of them are in the European Union:
 * a shipping table's "Rest of the EU" row is the one for "shipping to Germany?".
 */
import type { Tokenizer } from './tokenize.js';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const euMembers = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
/** Per tokenizer, each one-word country name's stem and the country's region code. */
const codesByTokenizer = new WeakMap<Tokenizer, ReadonlyMap<string, string>>();

/** Whether a word's stem is a country's one-word name ("germany", "германию", "francia"). */
export function namesCountry(tokenizer: Tokenizer, stem: string): boolean {
  return countryCodes(tokenizer).has(stem);
}

/** Whether a word's stem names a country of the European Union. */
export function namesEuCountry(tokenizer: Tokenizer, stem: string): boolean {
  const code = countryCodes(tokenizer).get(stem);
  return code !== undefined && euMembers.has(code);
}

function countryCodes(tokenizer: Tokenizer): ReadonlyMap<string, string> {
  let codes = codesByTokenizer.get(tokenizer);
  if (!codes) {
    codes = readCountryCodes(tokenizer);
    codesByTokenizer.set(tokenizer, codes);
  }
  return codes;
}

function readCountryCodes(tokenizer: Tokenizer): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([tokenizer.lang], { type: 'region', fallback: 'none' });
  } catch {
    return codes;
  }
  for (const first of letters)
    for (const second of letters) {
      const code = first + second;
      const name = names.of(code);
      if (!name || /[\s,()]/u.test(name)) continue;
      const stem = tokenizer.stemOf(name.toLowerCase());
      // A retired code may share its country's name ("DD" and "DE" are both Germany, "FX"
      // metropolitan France): the member of the EU keeps it.
      if (!codes.has(stem) || euMembers.has(code)) codes.set(stem, code);
    }
  return codes;
}

/** The European Union as tables write it: "Resto de la UE", "Rest of the EU", "Остальные страны ЕС". */
const europeanUnion =
  /(?<![\p{L}])(EU|UE|ЕС|ЄС|Евросоюз\p{L}*|Євросоюз\p{L}*|European Union|Unión Europea|Union européenne|Unione europea|União Europeia|Europäische\p{L}* Union)(?![\p{L}])/u;

/** Whether a text (a table's row) names the European Union. */
export function namesEuropeanUnion(text: string): boolean {
  return europeanUnion.test(text);
}
