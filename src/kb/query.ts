/**
 * Query understanding: a visitor's message as the units retrieval scores. Greetings,
 * politeness and filler go; a word of a concept group ("почём", "how much", "voucher") also
 * searches for the group's other words; a word the knowledge never uses is matched to the
 * nearest word it does use when it is long enough to be a typo ("montserat", "reciding") or
 * shares a long stem with one (a word family the stemmer leaves apart). What is left unknown
 * stays in the query as unknown: it is evidence that the knowledge may not answer.
 */

import { namesCountry } from './countries.js';
import { isNumberWord } from './number-words.js';
import { datesOnly } from './periods.js';
import type { QueryLexicon } from './query-lexicon/types.js';
import { foldAccents, type Tokenizer } from './tokenize.js';
import { sharesStem } from './word-family.js';

export interface QueryTerm {
  readonly term: string;
  /** 1 for the visitor's own word; less for a synonym or a corrected typo. */
  readonly weight: number;
}

/** One thing the visitor asked about: a word, or a phrase of a concept group. */
export interface QueryUnit {
  readonly text: string;
  /** Index terms any of which matches the unit; empty when the knowledge knows none. */
  readonly terms: readonly QueryTerm[];
  /**
   * A number: it helps pick a row ("9 years", "€69") when the knowledge has it, but says
   * nothing about whether the knowledge answers, so it never counts for or against that.
   */
  readonly optional?: boolean;
  /** A word of a concept group: a thing businesses write about, whether or not this one does. */
  readonly concept?: boolean;
  /** How much the unit counts in a block's score, 1 unless said otherwise. */
  readonly importance?: number;
}

/** What the analyzer needs to know of the index: its vocabulary and how common each term is. */
export interface Vocabulary {
  has(term: string): boolean;
  terms(): Iterable<string>;
  /** The words as the knowledge writes them, lowercase: typos are closer to these than to stems. */
  words(): Iterable<string>;
}

const separator = /[^\p{L}\p{N}]+/u;
const contractedIs = /\b(where|what|how|who|when|it|that|there|here)['’]s\b/gu;
/** Weights of what the visitor did not write themselves. */
const synonymWeight = 0.8;
/** A synonym of a word the knowledge itself uses: the visitor's own word says it better. */
const echoWeight = 0.5;
const typoWeight = 0.8;
const familyWeight = 0.7;

interface ConceptIndex {
  /** Member phrases of several words, as folded word sequences, with their groups. */
  readonly phrases: ReadonlyMap<string, readonly number[]>;
  /** Longest member phrase, in words. */
  readonly longest: number;
  /** Single-word members by stem, with their groups. */
  readonly stems: ReadonlyMap<string, readonly number[]>;
  /** Each group's single-word members as written, lowercase with their accents. */
  readonly literal: ReadonlySet<string>;
  /** Each group's single-word members as stems. */
  readonly groupStems: ReadonlyArray<readonly string[]>;
  /** Each group's members as folded word sequences. */
  readonly groupWords: ReadonlyArray<readonly string[]>;
}

export class QueryAnalyzer {
  private readonly noise: ReadonlySet<string>;
  private readonly noiseLongest: number;
  private readonly concepts: ConceptIndex;
  /** Vocabulary by first letter, built on first need: the candidates for a typo. */
  private byInitial: Map<string, string[]> | undefined;
  private wordsByInitial: Map<string, string[]> | undefined;
  private readonly fixes = new Map<string, QueryTerm | null>();
  private readonly foldedWords = new Map<string, string>();

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly vocabulary: Vocabulary,
    lexicon: QueryLexicon | undefined,
    synonyms: ReadonlyArray<readonly string[]> = [],
  ) {
    const noise = (lexicon?.noise ?? []).map((phrase) => words(phrase).join(' '));
    this.noise = new Set(noise);
    this.noiseLongest = Math.max(0, ...noise.map((phrase) => phrase.split(' ').length));
    this.concepts = this.indexConcepts([...(lexicon?.concepts ?? []), ...synonyms]);
  }

  /** Whether the unit is a word or phrase of a group that also has `member` ("address"). */
  inGroupWith(unit: QueryUnit, member: string): boolean {
    const folded = words(member).join(' ');
    return this.conceptGroups(unit).some((group) =>
      this.concepts.groupWords[group]!.includes(folded),
    );
  }

  /**
   * The concept groups a unit belongs to (empty for a plain word): "wifi" and "wi-fi" share one,
   * so questions can be grouped by what they ask about rather than by spelling.
   */
  conceptGroups(unit: QueryUnit): readonly number[] {
    if (!unit.concept) return [];
    return (
      this.concepts.phrases.get(unit.text) ??
      this.concepts.stems.get(this.tokenizer.stemOf(unit.text)) ??
      []
    );
  }

  /**
   * What reads, in the knowledge's texts, the concept groups it writes only as one of their
   * phrases: "air conditioning" where no block says "aircon" or "AC". Such a text stands for the
   * group (`phraseTerm`), so a visitor's "aircon" finds it. Only phrases of groups none of whose
   * words the index has, and whose own words all occur in the knowledge, are read: in most
   * knowledge there are few or none, and reading costs nothing.
   */
  phraseReader(
    has: (term: string) => boolean,
    words: Iterable<string>,
  ): ((words: readonly string[]) => readonly string[]) | undefined {
    const known = new Set<string>();
    for (const word of words) known.add(this.folded(word));
    const tree: PhraseNode = { next: new Map() };
    for (const [phrase, groups] of this.concepts.phrases) {
      const lacking = groups.filter((group) => !this.concepts.groupStems[group]!.some(has));
      const parts = phrase.split(' ');
      if (lacking.length === 0 || !parts.every((part) => known.has(part))) continue;
      for (const group of lacking) addPhrase(tree, parts, group);
    }
    if (tree.next.size === 0) return undefined;
    return (text) => this.phraseTermsIn(text, tree);
  }

  /** The groups whose phrases the words hold, walked word by word through the tree. */
  private phraseTermsIn(words: readonly string[], tree: PhraseNode): string[] {
    let found: Set<string> | undefined;
    for (let at = 0; at < words.length; at++) {
      let node = tree.next.get(this.folded(words[at]!));
      for (let next = at + 1; node && next < words.length; next++) {
        const word = words[next]!;
        if (word === '') continue;
        node = node.next.get(this.folded(word));
        if (!node?.groups) continue;
        found ??= new Set();
        for (const group of node.groups) found.add(phraseTerm(group));
      }
    }
    return found ? [...found] : [];
  }

  /** A lowercase word accent-folded, remembered: a knowledge base repeats its words. */
  private folded(word: string): string {
    if (plainAscii(word)) return word;
    let folded = this.foldedWords.get(word);
    if (folded === undefined) {
      folded = foldAccents(word);
      if (this.foldedWords.size < maxFoldedWords) this.foldedWords.set(word, folded);
    }
    return folded;
  }

  analyze(text: string): QueryUnit[] {
    const raw = text
      .toLowerCase()
      // "where's my order" is "where is my order", as phrases are written.
      .replace(contractedIs, '$1 is')
      .split(separator)
      .filter((word) => word !== '');
    const all = raw.map((word) => foldAccents(word));
    const units: QueryUnit[] = [];
    let at = 0;
    while (at < all.length) {
      const noise = this.longestMatch(all, at, this.noiseLongest, (phrase) =>
        this.noise.has(phrase),
      );
      const phrase = this.longestMatch(all, at, this.concepts.longest, (candidate) =>
        this.concepts.phrases.has(candidate),
      );
      // A concept phrase longer than the filler it opens with is the question: "take away",
      // not "take" and "away".
      if (noise > 0 && phrase <= noise) {
        at += noise;
        continue;
      }
      if (phrase > 1) {
        const joined = all.slice(at, at + phrase).join(' ');
        // The phrase's own words count as the visitor's: "возврат денег" also finds "возврат".
        const own = raw
          .slice(at, at + phrase)
          .flatMap((word) => this.tokenizer.tokens(word))
          .filter((term) => this.vocabulary.has(term))
          .map((term) => ({ term, weight: 1 }));
        const groups = this.concepts.phrases.get(joined)!;
        units.push(this.conceptUnit(joined, own, groups));
        // A qualifier the knowledge does not know stays its own unit: "student discount" asks
        // about students, and a knowledge base with discounts but none for students does not
        // answer it.
        for (const word of raw.slice(at, at + phrase)) {
          const qualifier = this.qualifier(word, joined, groups);
          if (qualifier) units.push(qualifier);
        }
        at += phrase;
        continue;
      }
      const unit = this.wordUnit(raw[at]!);
      if (unit) units.push(unit);
      at++;
    }
    return merged(units);
  }

  /**
   * A word of a matched phrase that says which kind of the concept is meant ("student" in
   * "student discount"): five letters or more, no filler, unknown to the knowledge, and found in
   * no other member of the phrase's groups, so it is not just another way of naming the concept.
   */
  private qualifier(
    word: string,
    phrase: string,
    phraseGroups: readonly number[],
  ): QueryUnit | undefined {
    if (word.length < 5 || this.tokenizer.tokens(word).length === 0) return undefined;
    // Filler inside a phrase ("where exactly") says nothing about which kind is meant.
    if (this.noise.has(foldAccents(word))) return undefined;
    const stem = this.tokenizer.stemOf(word);
    if (this.vocabulary.has(stem)) return undefined;
    const folded = foldAccents(word);
    for (const group of phraseGroups)
      if (
        this.concepts.groupWords[group]!.some(
          (member) => member !== phrase && member.split(' ').includes(folded),
        )
      )
        return undefined;
    return this.wordUnit(word);
  }

  private wordUnit(word: string): QueryUnit | undefined {
    // A lone letter is what is left of "what's" or "I'm".
    if (word.length < 2 && !/\p{N}/u.test(word)) return undefined;
    const stem = this.tokenizer.stemOf(word);
    if (/^\p{N}+$/u.test(stem))
      return {
        text: word,
        terms: this.vocabulary.has(stem) ? [{ term: stem, weight: 1 }] : [],
        optional: true,
      };
    const own: QueryTerm[] = this.vocabulary.has(stem) ? [{ term: stem, weight: 1 }] : [];
    const groups = this.concepts.stems.get(stem);
    // A stop word is a concept's only when the group lists it as written, accents and all:
    // "para" shares the stem "par" with "parada", and a preposition in every question is no bus
    // stop; "unas" (some) is no "uñas" (nails).
    const stopWord = this.tokenizer.tokens(word).length === 0;
    if (groups && (!stopWord || this.concepts.literal.has(word.toLowerCase())))
      return this.conceptUnit(word, own, groups);
    if (stopWord) return undefined;
    // A month or "tomorrow" the knowledge never names dates the visit, as a number would:
    // it says nothing about whether the knowledge answers ("muss im Mai an die MFK").
    if (own.length === 0 && datesOnly(word, this.tokenizer.lang))
      return { text: word, terms: [], optional: true };
    // "Somos seis", "хотим приехать вдвоём": a number in words counts as one in digits does.
    if (own.length === 0 && isNumberWord(word)) return { text: word, terms: [], optional: true };
    // A country the knowledge never names says where to, as a number says how many: "shipping
    // to Germany?" asks what the shipping page answers for every country it does not list.
    if (own.length === 0 && namesCountry(this.tokenizer, stem))
      return { text: word, terms: [], optional: true };
    if (own.length > 0) return { text: word, terms: own };
    const fixed = this.nearest(stem) ?? this.nearestWord(word);
    if (fixed) return { text: word, terms: [fixed] };
    return { text: word, terms: this.compound(word) };
  }

  private conceptUnit(text: string, own: QueryTerm[], groups: readonly number[]): QueryUnit {
    const terms = new Map(own.map((term) => [term.term, term.weight]));
    // A form's term is what an amount or a street address reads as ("18 €", "Calle Larios 5"):
    // a block that states one answers "сколько стоит" or "where are you" as well as one that
    // repeats the words, so it is never an echo.
    const { formTerms } = this.tokenizer;
    for (const group of groups)
      for (const stem of this.concepts.groupStems[group]!)
        if (!terms.has(stem) && this.vocabulary.has(stem))
          terms.set(stem, own.length > 0 && !formTerms.has(stem) ? echoWeight : synonymWeight);
    // Knowledge that writes the group only as one of its phrases ("air conditioning", "auto
    // sostitutiva") knows it, also when the visitor's own words are known: "macchina di
    // cortesia" says "macchina", which every block of a garage says, and only the phrase the
    // courtesy-car block writes tells that block apart.
    for (const group of groups)
      if (this.vocabulary.has(phraseTerm(group))) terms.set(phraseTerm(group), synonymWeight);
    return { text, terms: [...terms].map(([term, weight]) => ({ term, weight })), concept: true };
  }

  /**
   * The vocabulary term a word the index does not know most likely means: one edit away for a
   * word of five letters or more, two for eight or more (short words have too many neighbours
   * to guess), or a term sharing a long stem with it ("скрипл" and "скрип").
   */
  private nearest(stem: string): QueryTerm | null {
    const cached = this.fixes.get(stem);
    if (cached !== undefined) return cached;
    let found: QueryTerm | null = null;
    if (stem.length >= 5 && !/^\p{N}+$/u.test(stem)) {
      const limit = stem.length >= 8 ? 2 : 1;
      let best = limit + 1;
      let family: string | undefined;
      for (const term of this.candidates(stem)) {
        if (Math.abs(term.length - stem.length) <= limit) {
          const edits = editDistance(term, stem, limit);
          if (edits < best) {
            best = edits;
            found = { term, weight: typoWeight };
          }
        }
        if (!family && sharesStem(term, stem)) family = term;
      }
      if (!found && family) found = { term: family, weight: familyWeight };
    }
    if (this.fixes.size < 50_000) this.fixes.set(stem, found);
    return found;
  }

  /** A typo checked against the words the knowledge writes: "parkng" is one edit from "parking". */
  private nearestWord(word: string): QueryTerm | null {
    if (word.length < 5 || /\p{N}/u.test(word)) return null;
    this.wordsByInitial ??= byInitial(this.vocabulary.words());
    const limit = word.length >= 8 ? 2 : 1;
    let best = limit + 1;
    let found: QueryTerm | null = null;
    for (const known of this.wordsByInitial.get(word[0]!) ?? []) {
      const edits = editDistance(known, word, limit);
      if (edits >= best) continue;
      const term = this.tokenizer.stemOf(known);
      if (!this.vocabulary.has(term)) continue;
      best = edits;
      found = { term, weight: typoWeight };
    }
    return found;
  }

  /** "giftcard", "wifipassword": a word that is two words the knowledge knows, written together. */
  private compound(word: string): QueryTerm[] {
    if (word.length < 7) return [];
    for (let cut = 3; cut <= word.length - 3; cut++) {
      const left = this.tokenizer.stemOf(word.slice(0, cut));
      const right = this.tokenizer.stemOf(word.slice(cut));
      if (this.vocabulary.has(left) && this.vocabulary.has(right))
        return [
          { term: left, weight: typoWeight },
          { term: right, weight: typoWeight },
        ];
    }
    return [];
  }

  private candidates(stem: string): readonly string[] {
    this.byInitial ??= byInitial(this.vocabulary.terms());
    return this.byInitial.get(stem[0]!) ?? [];
  }

  private longestMatch(
    all: readonly string[],
    at: number,
    longest: number,
    matches: (phrase: string) => boolean,
  ): number {
    for (let length = Math.min(longest, all.length - at); length >= 1; length--)
      if (matches(all.slice(at, at + length).join(' '))) return length;
    return 0;
  }

  private indexConcepts(groups: ReadonlyArray<readonly string[]>): ConceptIndex {
    const phrases = new Map<string, number[]>();
    const stems = new Map<string, number[]>();
    const groupStems: string[][] = [];
    const groupWords: string[][] = [];
    const literal = new Set<string>();
    let longest = 0;
    for (const [group, members] of groups.entries()) {
      const own = new Set<string>();
      groupWords.push(members.map((member) => words(member).join(' ')));
      for (const member of members) {
        const memberWords = words(member);
        if (memberWords.length > 1) {
          // Two words go either way round: "бросить машину" and "машину бросить" are one phrase.
          const orders =
            memberWords.length === 2 ? [memberWords, [...memberWords].reverse()] : [memberWords];
          for (const order of orders) {
            const key = order.join(' ');
            if (!phrases.get(key)?.includes(group))
              phrases.set(key, [...(phrases.get(key) ?? []), group]);
          }
          longest = Math.max(longest, memberWords.length);
          continue;
        }
        const stem = this.tokenizer.stemOf(member.trim().toLowerCase());
        if (!stem) continue;
        literal.add(member.trim().toLowerCase());
        own.add(stem);
        stems.set(stem, [...(stems.get(stem) ?? []), group]);
      }
      groupStems.push([...own]);
    }
    return { phrases, longest, stems, literal, groupStems, groupWords };
  }
}

/** Words by their first letter: a typo's candidates share it. */
function byInitial(words: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const list = groups.get(word[0]!);
    if (list) list.push(word);
    else groups.set(word[0]!, [word]);
  }
  return groups;
}

/** Lowercase, accent-folded words: how noise and phrases are compared. */
function words(text: string): string[] {
  return foldAccents(text.toLowerCase())
    .split(separator)
    .filter((word) => word !== '');
}

/**
 * A word said twice is one unit ("price, price?"), and so is a synonym beside a word of its
 * group ("parking near your office": "near" finds what "office" finds). Two words of one group
 * that the knowledge both uses are two things asked about: "a room in the student flat".
 */
function merged(units: QueryUnit[]): QueryUnit[] {
  const byTerms = new Map<string, QueryUnit[]>();
  return units.filter((unit) => {
    const key = unit.terms.length
      ? unit.terms
          .map((term) => term.term)
          .sort()
          .join(' ')
      : `?${unit.text}`;
    const kept = byTerms.get(key);
    if (!kept) byTerms.set(key, [unit]);
    else if (saysAnotherWord(kept, unit)) kept.push(unit);
    else return false;
    return true;
  });
}

/** Whether the units kept say words of their own and this one says another. */
function saysAnotherWord(kept: readonly QueryUnit[], unit: QueryUnit): boolean {
  const said = new Set(kept.flatMap(ownTerms));
  const own = ownTerms(unit);
  return said.size > 0 && own.some((term) => !said.has(term));
}

function ownTerms(unit: QueryUnit): string[] {
  return unit.terms.filter((term) => term.weight >= 1).map((term) => term.term);
}

/**
 * Optimal string alignment distance, stopped once it passes `limit`: a swap of two neighbours
 * ("vaild") is one edit, as people type it, where Levenshtein counts two.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The index term that stands for a concept group written as one of its phrases. Words never
 * hold a control character, so it meets no word of the knowledge.
 */
export function phraseTerm(group: number): string {
  return `\u0001${group}`;
}

/** A word of member phrases: the groups a phrase ending here belongs to, and the words after. */
interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  groups?: number[];
}

function addPhrase(tree: PhraseNode, words: readonly string[], group: number): void {
  let node = tree;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  if (!node.groups?.includes(group)) node.groups = [...(node.groups ?? []), group];
}

/** Bounds the folded-word memory: an attacker's upload of unique words cannot grow it forever. */
const maxFoldedWords = 100_000;

/** Whether a word has no letter beyond ASCII, so folding leaves it as it is. */
function plainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}
