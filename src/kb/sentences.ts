/**
 * A text cut into sentences the way a reader cuts it: at . ! ? … followed by a space, but not
 * after an abbreviation ("Dr. Ruiz", "St. Mary's", "т. е.", "p. ej."), an initial ("J. Smith")
 * or a number's point ("€1.290"), so a quoted sentence is never cut in half.
 *
 * Abbreviations are of two sorts. Those that stand before a name or a number ("Dr.", "ул.",
 * "Avda.") never end a sentence: a capital after them is the name. The others ("etc.",
 * "руб.", "aprox.", "18 h.") end one when the next word starts with a capital: "…cards, cash
 * etc. We also…" is two sentences, "…cards, cash etc. and…" one.
 */
import { opensWithMonth } from './periods.js';

interface Abbreviations {
  /** Before a name or a number: never the end of a sentence. */
  readonly before: readonly string[];
  /** Anywhere else: the end of a sentence when a capital follows. */
  readonly other: readonly string[];
}

const abbreviations: Readonly<Record<string, Abbreviations>> = {
  en: {
    before: words('dr mr mrs ms st prof mt ft rev gen capt sen rep e.g i.e vs approx'),
    other: words('no nos ave rd jr sr inc ltd co min max tel ext dept est fig am pm etc a.m p.m'),
  },
  ru: {
    before: words('т.е т.к т.н т.ч т е г ул пр просп пер наб пл им проф доц см ок д кв корп обл'),
    other: words('т.д т.п др гг руб коп тел мин макс млн млрд тыс стр доб р-н прим'),
  },
  es: {
    before: words('dr dra sr sra srta dn dña sto sta av avda c ctra pza pl prof p.ej ej p ee'),
    other: words('ud uds etc nº núm tel aprox máx mín pág uu'),
  },
  de: {
    before: words('dr hr fr prof z.b d.h vgl ca inkl'),
    other: words('nr str bzw u.a usw ggf tel evtl'),
  },
  fr: {
    before: words('dr m mme mlle st ste av bd prof p.ex ex env'),
    other: words('n° etc tél min max'),
  },
  it: {
    before: words('dr dott sig sig.ra prof ing avv p.es es ca'),
    other: words('ecc tel min max'),
  },
  pt: {
    before: words('dr dra sr sra av prof p.ex ex'),
    other: words('nº etc tel min máx mín'),
  },
  uk: {
    before: words('т вул просп ім проф див д п'),
    other: words('т.д т.п грн тел мін макс млн тис'),
  },
};

function words(list: string): readonly string[] {
  return list.split(' ');
}

interface Known {
  readonly before: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
}

const knownByLang = new Map<string, Known>();

function knownFor(lang: string): Known {
  const base = lang.split('-')[0]!;
  let known = knownByLang.get(base);
  if (!known) {
    const lists = abbreviations[base] ?? abbreviations.en!;
    known = { before: new Set(lists.before), other: new Set(lists.other) };
    knownByLang.set(base, known);
  }
  return known;
}

const ends = /[.!?…]+["»”')\]]*\s+/gu;

export function splitSentences(text: string, lang: string): string[] {
  const known = knownFor(lang);
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const cut = match.index + match[0].length;
    const before = text.slice(start, match.index);
    const next = text.slice(cut, cut + 1);
    if (
      match[0].startsWith('.') &&
      !match[0].startsWith('..') &&
      (continuesAfter(before, next, known) || isOrdinalDate(before, text.slice(cut), lang))
    )
      continue;
    sentences.push(text.slice(start, cut).trim());
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/**
 * German writes a day of the month as an ordinal, with a point: "15. März bis 30. April" is one
 * sentence, though a capital follows the point.
 */
function isOrdinalDate(before: string, after: string, lang: string): boolean {
  return (
    lang.split('-')[0] === 'de' && /(^|\D)\d{1,2}$/.test(before) && opensWithMonth(after, lang)
  );
}

/** Whether a point ends a word that is not the end of a sentence. */
function continuesAfter(before: string, next: string, known: Known): boolean {
  const found = /(\d\s+)?([\p{L}\p{N}.º°-]+)$/u.exec(before);
  const word = found?.[2]?.toLowerCase() ?? '';
  const bare = word.replace(/\.$/, '');
  const capitalNext = /\p{Lu}/u.test(next);
  // A unit after a number ("18 h.", "500 руб.", "2012 г.") ends a sentence before a capital.
  const afterNumber = found?.[1] !== undefined;
  if (!afterNumber && (known.before.has(word) || known.before.has(bare))) return true;
  if (known.other.has(word) || known.other.has(bare) || afterNumber) return !capitalNext;
  // An initial ("J. Smith", "А. С. Пушкин").
  if (word.length === 1 && /\p{L}/u.test(word)) return true;
  // A lowercase start of what follows ("approx. 5 km", "т. е. да").
  return next !== '' && /\p{Ll}/u.test(next);
}
