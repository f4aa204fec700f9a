/**
 * The pieces of a block an answer is quoted from (sentences, list items) and how much of a
 * question a piece matches, weighing each of the question's units by how rare it is in the
 * knowledge. Shared by answer extraction and by confidence, which asks whether any one piece
 * of the best block answers, not only the block as a whole.
 */
import type { FlatBlock } from './flatten.js';
import type { LanguageKnowledge } from './language-knowledge.js';
import type { QueryUnit } from './query.js';
import { splitSentences } from './sentences.js';

/**
 * The share of the question's weight a text matches, 0..1; with `besides`, only what the text
 * says better than that other text does, or (with 'as-well') at least as well.
 */
export type Matcher = (text: string, besides?: string, rule?: BesidesRule) => number;

export type BesidesRule = 'better' | 'as-well';

export function matcherFor(
  knowledge: LanguageKnowledge,
  units: readonly QueryUnit[],
  {
    countUnknown = false,
    answered,
  }: {
    /** Count words the knowledge does not know in the whole, as confidence does; quoting does not. */
    readonly countUnknown?: boolean;
    /** Units answered already (by a row that holds the asked-for price): they match no text. */
    readonly answered?: (unit: QueryUnit) => boolean;
  } = {},
): Matcher {
  const weighted = units
    .map((unit) => ({
      terms: answered?.(unit) ? [] : unit.terms,
      weight: knowledge.index.unitWeight(unit),
    }))
    .filter((unit) => unit.weight > 0);
  const unknown = countUnknown
    ? units.filter((unit) => !unit.optional && knowledge.index.unitWeight(unit) === 0).length
    : 0;
  const total =
    weighted.reduce((sum, unit) => sum + unit.weight, 0) + unknown * knowledge.index.unknownWeight;
  return (text, besides, rule = 'better') => {
    if (total === 0) return 0;
    const terms = termsOf(knowledge, text);
    const excluded = besides === undefined ? undefined : termsOf(knowledge, besides);
    let matched = 0;
    for (const unit of weighted) {
      const own = strengthIn(unit.terms, terms);
      // What `besides` says as well or better is not this text's to claim. A heading that
      // names a synonym ("double room") leaves the text that names the visitor's own word
      // ("single room") its due, and so does one that names only part of a phrase.
      if (own.weight === 0 || (excluded && !holdsUp(own, strengthIn(unit.terms, excluded), rule)))
        continue;
      // The visitor's own word counts in full, a synonym of it less: "saturday" prefers the
      // Saturday row to the Sunday one, though both are the weekend.
      matched += unit.weight * own.weight;
    }
    return matched / total;
  };
}

interface Strength {
  /** The weight of the best term held: the visitor's own word 1, a synonym less. */
  readonly weight: number;
  /**
   * How many of the visitor's own words of the unit are held: "habitación individual" says
   * more than "habitación". Synonyms do not add up: "cost" and a price are one answer.
   */
  readonly own: number;
}

function strengthIn(unitTerms: QueryUnit['terms'], terms: ReadonlySet<string>): Strength {
  let weight = 0;
  let own = 0;
  for (const term of unitTerms) {
    if (!terms.has(term.term)) continue;
    weight = Math.max(weight, term.weight);
    if (term.weight >= 1) own++;
  }
  return { weight, own };
}

function holdsUp(a: Strength, b: Strength, rule: BesidesRule): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  return rule === 'as-well' ? a.own >= b.own : a.own > b.own;
}

/**
 * The knowledge's own texts are the same for every question, so their terms and sentences
 * are worked out once per knowledge version, not once per reply. The cache is bounded: a huge
 * knowledge base keeps its most recent texts.
 */
const knowledgeTerms = new WeakMap<LanguageKnowledge, Map<string, ReadonlySet<string>>>();
const blockUnits = new WeakMap<FlatBlock, readonly string[]>();
const maxCachedTexts = 20_000;

function termsOf(knowledge: LanguageKnowledge, text: string): ReadonlySet<string> {
  let cache = knowledgeTerms.get(knowledge);
  if (!cache) {
    cache = new Map();
    knowledgeTerms.set(knowledge, cache);
  }
  let terms = cache.get(text);
  if (!terms) {
    if (cache.size >= maxCachedTexts) cache.clear();
    terms = new Set(knowledge.tokenizer.tokens(text));
    cache.set(text, terms);
  }
  return terms;
}

export function unitsOf(block: FlatBlock, lang: string): readonly string[] {
  let units = blockUnits.get(block);
  if (!units) {
    units = splitUnits(block.text, lang);
    blockUnits.set(block, units);
  }
  return units;
}

/** List items, and the sentences of prose lines; "Q:"/"A:" pairs stay out (FAQ is handled above). */
function splitUnits(text: string, lang: string): string[] {
  const units: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('Q: ') || trimmed.startsWith('A: ')) continue;
    if (isItem(trimmed)) units.push(trimmed);
    else units.push(...splitSentences(trimmed, lang));
  }
  return units;
}

export function isItem(text: string): boolean {
  return text.startsWith('- ');
}
