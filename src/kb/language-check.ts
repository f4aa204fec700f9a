/**
 * Does a block read like the language of its file? Russian pasted into kb/en.json, or
 * kb/de.json still holding English, validates clean otherwise, and the bot then answers German
 * visitors in English.
 *
 * One of two kinds of evidence must be clear before a warning, because a false one fails a
 * strict CI run: the script the letters are written in (Cyrillic in an English file), or,
 * within one script, the small words every sentence of a language uses ("the", "und", "les"),
 * confirmed by franc's trigram ranking. Names, prices, addresses and short texts carry neither
 * kind, so they never trigger it; a block mixing two languages is left alone too.
 */
import { francAll } from 'franc-min';

export interface LanguageMismatch {
  /** What the text looks like: an ISO 639-1 code when known, else a 639-3 one. */
  readonly looksLike: string;
  /** Set when the letters are of another script than the file's language is written in. */
  readonly script?: string;
}

/** Fewer letters than this say too little about their language. */
const minLetters = 40;
/** Within one script: at least this many function words of the other language… */
const minFunctionWords = 6;
/** …making up this share of all words (a real text has 25-50 %)… */
const minFunctionShare = 0.12;
/** …and this many times as many as the file's own language has. */
const dominance = 4;

/** Unicode script classes, as the inside of a regular expression's [...]. */
const scriptClasses: Record<string, string> = {
  Latin: '\\p{Script=Latin}',
  Cyrillic: '\\p{Script=Cyrillic}',
  Greek: '\\p{Script=Greek}',
  Arabic: '\\p{Script=Arabic}',
  Hebrew: '\\p{Script=Hebrew}',
  Han: '\\p{Script=Han}',
  Kana: '\\p{Script=Hiragana}\\p{Script=Katakana}',
  Hangul: '\\p{Script=Hangul}',
  Devanagari: '\\p{Script=Devanagari}',
  Thai: '\\p{Script=Thai}',
  Armenian: '\\p{Script=Armenian}',
  Georgian: '\\p{Script=Georgian}',
};
const scriptPatterns = Object.fromEntries(
  Object.entries(scriptClasses).map(([script, inner]) => [script, new RegExp(`[${inner}]`, 'gu')]),
);

/** The scripts a language is written in; languages not listed are not checked by script. */
const scriptsOf: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    'en de fr es it pt nl pl sv da no nb nn fi et lv lt cs sk sl hr bs ro hu tr ca gl eu ga cy is mt sq az uz id ms tl vi sw af'
      .split(' ')
      .map((lang) => [lang, ['Latin']]),
  ),
  ...Object.fromEntries(
    'ru uk be bg mk kk ky mn tg'.split(' ').map((lang) => [lang, ['Cyrillic']]),
  ),
  sr: ['Cyrillic', 'Latin'],
  el: ['Greek'],
  ar: ['Arabic'],
  fa: ['Arabic'],
  ur: ['Arabic'],
  he: ['Hebrew'],
  zh: ['Han'],
  ja: ['Han', 'Kana'],
  ko: ['Hangul', 'Han'],
  hi: ['Devanagari'],
  mr: ['Devanagari'],
  ne: ['Devanagari'],
  th: ['Thai'],
  hy: ['Armenian'],
  ka: ['Georgian'],
};

/**
 * Words nearly every sentence of a language has. A word in two lists counts for neither, so
 * "de", "la" or "in" never decide between French, Spanish, Italian and English.
 */
const functionWordLists: Record<string, string> = {
  en: 'the and of to is are was were with for this that you your we our it be have has will would can not from they their which there at by',
  de: 'der die das und ist sind nicht mit für ein eine einen dem den des wir sie ich auf auch sich bei oder aus wird werden kann können zum zur nach',
  fr: 'le les et est sont une des du pour avec dans nous vous ne pas sur qui au aux ce cette ou mais leur peut être sont',
  es: 'el los las y es son una con para por del al que su sus nosotros puede pero más está están como muy sin',
  it: 'il lo gli le e è sono una per con che non del della dei delle al alla ma può siamo nel nella anche',
  pt: 'o os as e é são uma com para não do da dos das ao que seu sua mas pode nós em no na também',
  nl: 'de het een en is zijn van met voor niet wij jullie dat die ook op bij naar kan worden wordt',
  ru: 'и в не на что это с по как мы вы для от но до из или у так же при если',
  uk: 'і й та не на що це з по як ми ви для від але до із або у також при якщо є',
  pl: 'i w nie na że to z się do jest są dla od ale jak my wy lub przy oraz jeśli',
};

const functionWords: Record<string, ReadonlySet<string>> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(functionWordLists))
    for (const word of list.split(' ')) {
      const set = owners.get(word) ?? new Set<string>();
      set.add(lang);
      owners.set(word, set);
    }
  return Object.fromEntries(
    Object.entries(functionWordLists).map(([lang, list]) => [
      lang,
      new Set(list.split(' ').filter((word) => owners.get(word)!.size === 1)),
    ]),
  );
})();

/** The language of a file named like "pt-BR": its base code. */
const baseOf = (lang: string) => lang.split('-')[0]!.toLowerCase();

/** franc's 639-3 code as 639-1 where one exists ("rus" -> "ru"). */
function shortCode(iso3: string): string {
  try {
    return new Intl.Locale(iso3).language;
  } catch {
    return iso3;
  }
}

/** The language a text looks like, when it is clearly not `lang`; undefined when it fits. */
export function languageMismatch(text: string, lang: string): LanguageMismatch | undefined {
  const expected = baseOf(lang);
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  if (letters < minLetters) return undefined;
  return scriptMismatch(text, expected, letters) ?? wordMismatch(text, expected);
}

function scriptMismatch(
  text: string,
  expected: string,
  letters: number,
): LanguageMismatch | undefined {
  const own = scriptsOf[expected];
  if (!own) return undefined;
  const counts = Object.entries(scriptPatterns).map(
    ([script, pattern]) => [script, text.match(pattern)?.length ?? 0] as const,
  );
  const ownLetters = counts
    .filter(([script]) => own.includes(script))
    .reduce((sum, [, n]) => sum + n, 0);
  const [dominant, dominantLetters] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (own.includes(dominant) || ownLetters / letters > 0.2 || dominantLetters / letters < 0.6)
    return undefined;
  return { looksLike: likeliest(onlyScript(text, dominant)) ?? dominant, script: dominant };
}

/**
 * franc's guess, preferring among near-ties a language we know the small words of: Russian
 * and Bulgarian share most trigrams, and a Russian text is far likelier in a bot's knowledge.
 */
function likeliest(text: string): string | undefined {
  const ranking = francAll(text, { minLength: 10 });
  if (ranking[0]?.[0] === 'und') return undefined;
  const known = ranking.find(
    ([code, score]) => score >= 0.95 && shortCode(code) in functionWordLists,
  );
  return shortCode((known ?? ranking[0])![0]);
}

function wordMismatch(text: string, expected: string): LanguageMismatch | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}']+/u)
    .filter(Boolean);
  const hits = Object.entries(functionWords).map(
    ([lang, list]) => [lang, words.filter((word) => list.has(word)).length] as const,
  );
  const [top, topHits] = hits.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (top === expected || topHits < minFunctionWords || topHits / words.length < minFunctionShare)
    return undefined;
  const ownHits = hits.find(([lang]) => lang === expected)?.[1];
  if (ownHits !== undefined && ownHits * dominance > topHits) return undefined;
  // The small words point elsewhere; the trigrams of the whole text must agree.
  const ranking = francAll(text, { minLength: 10 }).map(([code]) => shortCode(code));
  const topRank = ranking.indexOf(top);
  const ownRank = ranking.indexOf(expected);
  if (topRank !== 0 || (ownRank !== -1 && ownRank < topRank)) return undefined;
  return { looksLike: top };
}

function onlyScript(text: string, script: string): string {
  return text.replace(new RegExp(`[^\\s${scriptClasses[script]}]`, 'gu'), '');
}

let names: Intl.DisplayNames | undefined;
/** "Russian" for "ru"; the code itself when Intl has no name for it. */
export function languageName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'language' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
