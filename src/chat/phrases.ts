/**
 * Configured phrases per language (topic intents, escalation keywords) found in a message the
 * way handoff keywords are: as sequences of word stems, so case, accents, punctuation, small
 * words and word endings do not matter ("Quiero un REEMBOLSO" matches "reembolso").
 */
import { containsSequence, stems } from './handoff-keywords.js';

export type PhrasesByLanguage = Readonly<Record<string, readonly string[]>>;

interface StemmedPhrase {
  readonly phrase: string;
  readonly stemmed: readonly string[];
}

/**
 * Phrase lists stemmed once per configuration object and language: a reload brings new objects,
 * so a WeakMap forgets the old ones by itself.
 */
const stemmedLists = new WeakMap<PhrasesByLanguage, Map<string, readonly StemmedPhrase[]>>();

function phrasesFor(phrases: PhrasesByLanguage, lang: string): readonly StemmedPhrase[] {
  let byLang = stemmedLists.get(phrases);
  if (!byLang) {
    byLang = new Map();
    stemmedLists.set(phrases, byLang);
  }
  const cached = byLang.get(lang);
  if (cached) return cached;
  const base = lang.split('-')[0]!;
  const list = [...(phrases[lang] ?? []), ...(lang !== base ? (phrases[base] ?? []) : [])]
    .map((phrase) => ({ phrase, stemmed: stems(phrase, lang) }))
    .filter((entry) => entry.stemmed.length > 0);
  byLang.set(lang, list);
  return list;
}

/** A message's stems, to test many phrase lists against one message. */
export function messageStems(message: string, lang: string): readonly string[] {
  return stems(message, lang);
}

/** The first phrase of the language (or its base language) the message contains, or undefined. */
export function findPhrase(
  words: readonly string[],
  lang: string,
  phrases: PhrasesByLanguage,
): string | undefined {
  for (const { phrase, stemmed } of phrasesFor(phrases, lang))
    if (containsSequence(words, stemmed)) return phrase;
  return undefined;
}
