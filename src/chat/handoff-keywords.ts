/**
 * Phrases with which visitors ask for a person. Built in for the eight languages the answerer
 * reads (en, ru, es, de, fr, it, pt, uk); the config's handoff.keywords add to them. Phrases
 * are compared as sequences of stems, so case, accents, punctuation, small words and word
 * endings do not matter: "Позовите оператора" matches "оператор", "¿Puedo hablar con una
 * PERSONA?" matches "hablar con una persona".
 */
import { extractContactDetails } from '../domain/contact-details.js';
import { asksForKindOf } from '../kb/answer-kind.js';
import type { QueryAnalyzer } from '../kb/query.js';
import { Tokenizer } from '../kb/tokenize.js';
import * as de from './texts/de.js';
import * as fr from './texts/fr.js';
import * as it from './texts/it.js';
import * as pt from './texts/pt.js';
import * as uk from './texts/uk.js';

export const builtInHandoffKeywords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'talk to a person',
    'talk to a human',
    'speak to a person',
    'speak to a human',
    'real person',
    'human agent',
    'live agent',
    'talk to someone',
    'customer service',
    'operator',
  ],
  ru: [
    'оператор',
    'живой человек',
    'позовите человека',
    'позвать человека',
    'соедините с человеком',
    'поговорить с человеком',
    'менеджер',
    'сотрудник',
  ],
  es: [
    'hablar con una persona',
    'hablar con alguien',
    'persona real',
    'agente humano',
    'un humano',
    'atención al cliente',
    'operador',
  ],
  de: de.handoffKeywords,
  fr: fr.handoffKeywords,
  it: it.handoffKeywords,
  pt: pt.handoffKeywords,
  uk: uk.handoffKeywords,
};

const tokenizers = new Map<string, Tokenizer>();

/** A text's word stems in a language, stop words dropped (shared with src/chat/phrases.ts). */
export function stems(text: string, lang: string): string[] {
  let tokenizer = tokenizers.get(lang);
  if (!tokenizer) {
    tokenizer = new Tokenizer(lang);
    tokenizers.set(lang, tokenizer);
  }
  return tokenizer.tokens(text);
}

export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether a message asks for the business's phone number or email ("¿teléfono de atención al
 * cliente?", "customer service email?"): a question the knowledge answers, though it names the
 * team a keyword asks for. A message that gives the visitor's own number ("my phone is +34…,
 * call me back") speaks of theirs.
 */
export function asksForContactDetail(
  message: string,
  lang: string,
  analyzer: QueryAnalyzer,
): boolean {
  // The lexicon's email group is the one every language's email words share ("correo", "почта").
  const namesEmail = () =>
    analyzer.analyze(message).some((unit) => analyzer.inGroupWith(unit, 'email'));
  if (!asksForKindOf(message, 'phone', lang) && !namesEmail()) return false;
  const given = extractContactDetails(message, lang);
  return given.phone === undefined && given.email === undefined;
}

/** The keyword found in a message, or undefined. */
export function findHandoffKeyword(
  message: string,
  lang: string,
  configured: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const text = stems(message, lang);
  for (const { keyword, stemmed } of keywordsFor(lang, configured))
    if (containsSequence(text, stemmed)) return keyword;
  return undefined;
}

interface StemmedKeyword {
  readonly keyword: string;
  readonly stemmed: readonly string[];
}

/**
 * A language's keywords (built in, then configured for it and for its base language), stemmed
 * once per configuration: the list and its lookup keys were built again for every message. A
 * reload brings a new configuration object, which replaces the language's list.
 */
const keywordLists = new Map<
  string,
  { readonly configured: object; readonly list: readonly StemmedKeyword[] }
>();

function keywordsFor(
  lang: string,
  configured: Readonly<Record<string, readonly string[]>>,
): readonly StemmedKeyword[] {
  const cached = keywordLists.get(lang);
  if (cached?.configured === configured) return cached.list;
  const base = lang.split('-')[0]!;
  const list = [
    ...(builtInHandoffKeywords[base] ?? []),
    ...(configured[lang] ?? []),
    ...(lang !== base ? (configured[base] ?? []) : []),
  ].map((keyword) => ({ keyword, stemmed: stems(keyword, lang) }));
  keywordLists.set(lang, { configured, list });
  return list;
}
