/**
 * Language-aware tokens for retrieval: lowercase, split on anything not a letter or digit,
 * stop words dropped, Snowball stems, accents folded (so "cancelación" meets "cancelacion" and
 * "ёлка" meets "елка"). Stems are memoised per word: a 50,000-block index has far fewer
 * distinct words than tokens, and stemming is the costly step.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { americanSpelling } from './english-spelling.js';
import { stopwords } from './stopwords.js';
import { type FormWords, formWordsOf, withFormWords } from './text-forms.js';

type Stemmer = (word: string) => string;

const stemmers: Record<string, Stemmer> = {
  en: english,
  ru: russian,
  es: spanish,
  de: german,
  fr: french,
  it: italian,
  pt: portuguese,
  uk: ukrainian,
};

const separator = /[^\p{L}\p{N}]+/u;
const combiningMarks = /[\u0300-\u036f]/g;

export function foldAccents(word: string): string {
  return word.normalize('NFKD').replace(combiningMarks, '');
}

export class Tokenizer {
  private readonly stem: Stemmer | undefined;
  private readonly stops: ReadonlySet<string>;
  private readonly forms: FormWords | undefined;
  /**
   * The index terms a text's form reads as: a currency sign's (the language's word for price)
   * and a street address's (its word for address). A block matched through one answers as
   * fully as one that repeats the visitor's word, so the query never weighs them as echoes.
   */
  readonly formTerms: ReadonlySet<string>;
  /** Word -> index term (null: a stop word), for tokens(). */
  private readonly cache = new Map<string, string | null>();
  /** Word -> stem, stop words kept, for stems(): sentiment and handoff keywords, every message. */
  private readonly stemCache = new Map<string, string>();

  constructor(readonly lang: string) {
    const base = lang.split('-')[0]!;
    this.stem = stemmers[base];
    this.stops = new Set([...(stopwords[base] ?? [])].map(foldAccents));
    this.forms = formWordsOf(base);
    const words = this.forms ? [this.forms.price, this.forms.address] : [];
    this.formTerms = new Set(words.flatMap((word) => this.tokens(word)));
  }

  /** The index terms of a text, in order, stop words removed. */
  tokens(text: string): string[] {
    const out: string[] = [];
    for (const word of this.words(text)) {
      if (word === '') continue;
      const term = this.term(word);
      if (term !== null) out.push(term);
    }
    return out;
  }

  /**
   * A text's words as `tokens` reads them, lowercase, before stemming; an empty string may
   * stand between them. The index keeps its own map from these to its terms, so building it
   * looks each word up once rather than once for its stem and once for its term.
   */
  words(text: string): string[] {
    const read = this.forms ? withFormWords(text, this.forms) : text;
    // split() is several times faster than matchAll() on long texts: no match objects.
    return read.toLowerCase().split(separator);
  }

  /** Every word's stem, stop words kept: for lexicons where "not" and "very" matter. */
  stems(text: string): string[] {
    const out: string[] = [];
    for (const word of text.toLowerCase().split(separator)) {
      if (word === '') continue;
      let stem = this.stemCache.get(word);
      if (stem === undefined) {
        stem = this.stemOf(word);
        remember(this.stemCache, word, stem);
      }
      out.push(stem);
    }
    return out;
  }

  /**
   * Visitors often type Spanish without accents, and Snowball's Spanish rules key on them
   * ("cancelación" -> "cancel", "cancelacion" -> unchanged); the -ción/-sión ending is
   * unambiguous, so it gets its accent back before stemming.
   */
  private restoreAccents(word: string): string {
    return this.lang.startsWith('es') ? word.replace(/([cs])ion$/, '$1ión') : word;
  }

  /** English in one spelling: "colour" and "color", "licence" and "license" are one word. */
  private spelled(word: string): string {
    return this.lang.startsWith('en') ? americanSpelling(word) : word;
  }

  /**
   * The Ukrainian stemmer reads the plural of some "-а" nouns as a verb and cuts it short
   * ("тераси" "тер", "адреси" "адр", "програми" "прогр"): such a plural takes its singular's
   * stem. A word in "-ти" may be an infinitive ("робити"), which the stemmer reads right.
   */
  private ukrainianPlural(word: string, stem: string): string | undefined {
    if (!this.lang.startsWith('uk') || !/[^т]и$/u.test(word) || !this.stem) return undefined;
    const singular = this.stem(`${word.slice(0, -1)}а`);
    return singular.length > stem.length && singular.startsWith(stem) ? singular : undefined;
  }

  /** A lowercase word's index form, stop word or not. */
  stemOf(word: string): string {
    if (/^\p{N}+$/u.test(word)) return word;
    const kept = keptApart[this.lang.split('-')[0]!]?.find(([pattern]) => pattern.test(word));
    if (kept) return kept[1];
    if (!this.stem) return foldAccents(word);
    const stem = this.stem(this.restoreAccents(this.spelled(word)));
    return foldAccents(joinNasalPlural(this.lang, this.ukrainianPlural(word, stem) ?? stem));
  }

  /** A lowercase word's index term; null for a stop word. */
  term(word: string): string | null {
    let term = this.cache.get(word);
    if (term !== undefined) return term;
    term = this.stops.has(foldAccents(word)) ? null : this.stemOf(word);
    remember(this.cache, word, term);
    return term;
  }
}

/**
 * Portuguese Snowball keeps a word's nasal ending, so the singular and plural of "-ão" nouns
 * stay apart ("reunião" "reuniã", "reuniões" "reuniõ"; "opção" and "opções"): both end in "ão",
 * which folds to "ao" and so never meets a stem ending in a plain "a" ("carta" "cart").
 */
function joinNasalPlural(lang: string, stem: string): string {
  return lang.startsWith('pt') ? stem.replace(/[ãõ]$/u, 'ão') : stem;
}

/**
 * Words Snowball joins to a word of another meaning, kept apart: "accessible" (for a wheelchair)
 * is not "access" (a key card, opening hours), so "is the building wheelchair accessible?" finds
 * the accessibility page rather than "24/7 access for members".
 */
const keptApart: Record<string, ReadonlyArray<readonly [RegExp, string]>> = {
  en: [[/^(in)?accessib(le|ility|ly)$/, 'accessibl']],
  es: [
    [/^(in)?accesib(le|les|ilidad)$/, 'accesibil'],
    // "solo" (only, alone) is no "sol" (sun): "solo para nosotros" never finds the weather page.
    [/^s[oó]l[oa]s?$/, 'solo'],
    // "tardan" (how long they take) is no "tarde" (afternoon, late).
    [/^tard(o|as?|amos|[aá]is|an|[oó]|aron|ar[aá]n?|ar[ií]an?|ando|ad[oa]s?|ar)$/, 'tardar'],
  ],
  fr: [[/^(in)?accessib(le|les|ilité)$/, 'accessibil']],
  it: [[/^(in)?accessib(ile|ili|ilità)$/, 'accessibil']],
  pt: [[/^(in)?acessíve(l|is)$|^(in)?acessibilidade$/, 'acessibil']],
};

/** Bounded, so an attacker's stream of unique words cannot grow a cache without limit. */
function remember<T>(cache: Map<string, T>, word: string, value: T): void {
  if (cache.size < 200_000) cache.set(word, value);
}

/**
 * A rough token count for budgeting the prompt (no model tokenizer is loaded): about four
 * characters per token for Latin script, fewer for Cyrillic and others, as BPE tokenizers
 * split them finer.
 */
export function estimateTokens(text: string): number {
  return estimateJoinedTokens([text], '');
}

/** `estimateTokens` of the texts joined by the separator, without building the joined text. */
export function estimateJoinedTokens(texts: readonly string[], separator: string): number {
  const counts = { latin: 0, other: 0 };
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) countCharacters(separator, counts);
    countCharacters(texts[i]!, counts);
  }
  return Math.ceil(counts.latin / 4 + counts.other / 2.5);
}

/** Characters below U+0250 (Latin), and the others, as UTF-16 code units. */
const beyondLatin = /[^\u0000-\u024f]/;

function countCharacters(text: string, counts: { latin: number; other: number }): void {
  // A text of Latin script alone, most knowledge, is counted by one native scan.
  if (!beyondLatin.test(text)) {
    counts.latin += text.length;
    return;
  }
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x250) counts.latin++;
    else counts.other++;
  }
}
