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
import { stopwords } from './stopwords.js';

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
/**
 * A currency sign says "this is a price" as plainly as the word does: "gift cards from €50"
 * answers "how much is it?". The sign reads as the language's word for price, which the query
 * lexicon's price group holds.
 */
const currency = /[€$£₽₴]/gu;
const hasCurrency = /[€$£₽₴]/u;
const priceWords: Readonly<Record<string, string>> = {
  en: 'price',
  ru: 'цена',
  es: 'precio',
  de: 'preis',
  fr: 'prix',
  it: 'prezzo',
  pt: 'preço',
  uk: 'ціна',
};
/**
 * A street address says "this is where we are" as plainly as the word "address": "our office
 * is at Calle Sierra de Mijas 7" answers "where are you?" though it names no word of the
 * question. It reads as the language's word for address, which the lexicon's location group
 * holds: a street word followed by a name or a number ("Calle Larios", "Carrer de Casp 22",
 * "ул. Ленина"), a number before an English street name ("12 Baker Street"), a German street
 * ("Hauptstraße 5") or a postcode after a comma ("…, 29651 Mijas").
 */
const streetAddress = new RegExp(
  [
    "(?<![\\p{L}])(Calle|C/|Avda\\.|Avenida|Carrer|Plaza|Plaça|Paseo|Passeig|Camino|Carretera|Ctra\\.|Rambla|Rue|Viale|Piazza|Rua|Praça|ул\\.|улица|проспект|пр-т|пер\\.|переулок|площадь|бульвар|наб\\.|набережная|вул\\.|вулиця)\\s+(de\\s+|del\\s+|de\\s+la\\s+|d'|dels\\s+|di\\s+|da\\s+|do\\s+)?[\\p{Lu}\\p{N}]",
    '\\d+[a-z]?,?\\s+(\\p{Lu}\\p{Ll}+\\s+){1,3}(Street|Road|Avenue|Lane|Boulevard|Square)(?![\\p{L}])',
    '\\p{Lu}\\p{Ll}+(straße|strasse|platz|allee|gasse)\\s+\\d',
    '(,\\s*|\\(\\s*)\\d{5}\\s+\\p{Lu}\\p{Ll}{2,}',
  ].join('|'),
  'u',
);
const addressWords: Readonly<Record<string, string>> = {
  en: 'address',
  ru: 'адрес',
  es: 'dirección',
  de: 'adresse',
  fr: 'adresse',
  it: 'indirizzo',
  pt: 'endereço',
  uk: 'адреса',
};
const combiningMarks = /[\u0300-\u036f]/g;

export function foldAccents(word: string): string {
  return word.normalize('NFKD').replace(combiningMarks, '');
}

export class Tokenizer {
  private readonly stem: Stemmer | undefined;
  private readonly stops: ReadonlySet<string>;
  private readonly priceWord: string | undefined;
  private readonly addressWord: string | undefined;
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
    this.stops = stopwords[base] ?? new Set();
    this.priceWord = priceWords[base];
    this.addressWord = addressWords[base];
    const words = [this.priceWord, this.addressWord].filter((word) => word !== undefined);
    this.formTerms = new Set(words.flatMap((word) => this.tokens(word)));
  }

  /** The index terms of a text, in order, stop words removed. */
  tokens(text: string): string[] {
    const out: string[] = [];
    // Tested before replacing: most texts have no currency sign, and a test allocates nothing.
    let read =
      this.priceWord && hasCurrency.test(text)
        ? text.replace(currency, ` ${this.priceWord} `)
        : text;
    if (this.addressWord && streetAddress.test(text)) read += ` ${this.addressWord}`;
    // split() is several times faster than matchAll() on long texts: no match objects.
    for (const word of read.toLowerCase().split(separator)) {
      if (word === '') continue;
      const term = this.term(word);
      if (term !== null) out.push(term);
    }
    return out;
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

  /** A lowercase word's index form, stop word or not. */
  stemOf(word: string): string {
    if (/^\p{N}+$/u.test(word)) return word;
    return foldAccents(this.stem ? this.stem(this.restoreAccents(word)) : word);
  }

  private term(word: string): string | null {
    let term = this.cache.get(word);
    if (term !== undefined) return term;
    term = this.stops.has(foldAccents(word)) ? null : this.stemOf(word);
    remember(this.cache, word, term);
    return term;
  }
}

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
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x250) latin++;
    else other++;
  }
  return Math.ceil(latin / 4 + other / 2.5);
}
