/**
 * A text cut into sentences the way a reader cuts it: at . ! ? … followed by a space, but not
 * after an abbreviation ("Dr. Ruiz", "St. Mary's", "т. е.", "p. ej."), an initial ("J. Smith")
 * or a number's point ("€1.290"), so a quoted sentence is never cut in half.
 */
const abbreviations: Readonly<Record<string, readonly string[]>> = {
  en: [
    'dr',
    'mr',
    'mrs',
    'ms',
    'st',
    'no',
    'approx',
    'e.g',
    'i.e',
    'etc',
    'vs',
    'ave',
    'rd',
    'jr',
    'sr',
    'prof',
    'inc',
    'ltd',
    'co',
    'min',
    'max',
    'tel',
    'ext',
    'dept',
    'est',
    'fig',
    'mt',
    'ft',
    'am',
    'pm',
  ],
  ru: [
    'т.е',
    'т.д',
    'т.п',
    'т.к',
    'т.н',
    'т',
    'е',
    'д',
    'п',
    'г',
    'гг',
    'ул',
    'пр',
    'просп',
    'им',
    'руб',
    'коп',
    'тел',
    'мин',
    'макс',
    'млн',
    'млрд',
    'тыс',
    'см',
    'стр',
    'доб',
    'др',
    'пер',
    'наб',
    'пл',
    'корп',
    'кв',
    'обл',
    'р-н',
    'проф',
    'доц',
    'ок',
    'прим',
  ],
  es: [
    'dr',
    'dra',
    'sr',
    'sra',
    'srta',
    'ud',
    'uds',
    'p.ej',
    'ej',
    'p',
    'etc',
    'av',
    'avda',
    'c',
    'n',
    'nº',
    'núm',
    'tel',
    'aprox',
    'máx',
    'mín',
    'pág',
    'dña',
    'dn',
    'sto',
    'sta',
    'ctra',
    'pza',
    'pl',
    'prof',
    'h',
  ],
  de: [
    'dr',
    'hr',
    'fr',
    'nr',
    'str',
    'bzw',
    'z.b',
    'u.a',
    'usw',
    'ca',
    'inkl',
    'ggf',
    'tel',
    'prof',
    'evtl',
    'd.h',
    'vgl',
  ],
  fr: [
    'dr',
    'm',
    'mme',
    'mlle',
    'st',
    'ste',
    'av',
    'bd',
    'n°',
    'p.ex',
    'ex',
    'etc',
    'env',
    'tél',
    'min',
    'max',
    'prof',
  ],
  it: [
    'dr',
    'dott',
    'sig',
    'sig.ra',
    'prof',
    'ing',
    'avv',
    'p.es',
    'es',
    'ecc',
    'n',
    'tel',
    'min',
    'max',
    'ca',
  ],
  pt: [
    'dr',
    'dra',
    'sr',
    'sra',
    'av',
    'n',
    'nº',
    'p.ex',
    'ex',
    'etc',
    'tel',
    'min',
    'máx',
    'mín',
    'prof',
  ],
  uk: [
    'т.д',
    'т.п',
    'т',
    'д',
    'п',
    'р',
    'вул',
    'просп',
    'грн',
    'тел',
    'мін',
    'макс',
    'млн',
    'тис',
    'див',
    'проф',
    'ім',
  ],
};

const ends = /[.!?…]+["»”')\]]*\s+/gu;

export function splitSentences(text: string, lang: string): string[] {
  const known = new Set(abbreviations[lang.split('-')[0]!] ?? abbreviations.en);
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const cut = match.index + match[0].length;
    const before = text.slice(start, match.index);
    const next = text.slice(cut, cut + 1);
    if (
      match[0].startsWith('.') &&
      !match[0].startsWith('..') &&
      continuesAfter(before, next, known)
    )
      continue;
    sentences.push(text.slice(start, cut).trim());
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/** Whether a point ends a word that is not the end of a sentence. */
function continuesAfter(before: string, next: string, known: ReadonlySet<string>): boolean {
  const word = /([\p{L}\p{N}.º°-]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (known.has(word) || known.has(word.replace(/\.$/, ''))) return true;
  // An initial ("J. Smith", "д. 5") or a lowercase start of what follows ("approx. 5 km", "т. е. да").
  if (word.length === 1 && /\p{L}/u.test(word)) return true;
  return next !== '' && /\p{Ll}/u.test(next);
}
