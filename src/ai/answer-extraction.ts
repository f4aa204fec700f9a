/**
 * What to quote from a block for a question: the FAQ answer whose question says what the
 * visitor said, the table row or fact the question is about, a list whole, or the sentences
 * that answer, in the order the block gives them. Every choice weighs the question's words by
 * how rare they are in the knowledge, so "Montserrat" picks a row and "price" does not.
 */
import type { FlatBlock } from '../kb/flatten.js';
import type { LanguageKnowledge } from '../kb/language-knowledge.js';
import type { QueryUnit } from '../kb/query.js';
import { splitSentences } from '../kb/sentences.js';

export interface Extract {
  readonly text: string;
  readonly source: 'faq' | 'row' | 'sentences' | 'list';
  /** The block the answer came from (a FAQ may come from the second-best block). */
  readonly block: FlatBlock;
}

/**
 * The share of the question's weight a text matches, 0..1; with `besides`, only what that
 * other text does not match too.
 */
export type Matcher = (text: string, besides?: string) => number;

export function matcherFor(knowledge: LanguageKnowledge, units: readonly QueryUnit[]): Matcher {
  const weighted = units
    .map((unit) => ({
      terms: unit.terms.map((term) => term.term),
      weight: knowledge.index.unitWeight(unit),
    }))
    .filter((unit) => unit.weight > 0);
  const total = weighted.reduce((sum, unit) => sum + unit.weight, 0);
  return (text, besides) => {
    if (total === 0) return 0;
    const terms = termsOf(knowledge, text);
    const excluded = besides === undefined ? undefined : termsOf(knowledge, besides);
    let matched = 0;
    for (const unit of weighted) {
      if (!unit.terms.some((term) => terms.has(term))) continue;
      if (excluded && unit.terms.some((term) => excluded.has(term))) continue;
      matched += unit.weight;
    }
    return matched / total;
  };
}

export function extractAnswer(
  knowledge: LanguageKnowledge,
  pool: readonly FlatBlock[],
  matches: Matcher,
): Extract {
  const block = pool[0]!;
  const faq = bestPair(pool, matches);
  if (faq && faq.score >= 0.5) return { text: faq.answer, source: 'faq', block: faq.block };
  const row = rowAskedAbout(block, matches);
  if (row) return { text: sentence(row), source: 'row', block };
  const units = unitsOf(block, knowledge.lang);
  const ownFaq = bestPair([block], matches);
  if (units.length === 0 && ownFaq) return { text: ownFaq.answer, source: 'faq', block };
  return { ...prose(block, units, matches), block };
}

/**
 * The rows that name what was asked about ("Montserrat", "Saturday"): a row qualifies only
 * when it matches something the table's caption and headings do not, so "how much?" on a
 * price table is not answered with one arbitrary row.
 */
function rowAskedAbout(block: FlatBlock, matches: Matcher): string | undefined {
  if (block.rows.length === 0) return undefined;
  const general = `${block.title} ${block.rowHeadings.join(' ')}`;
  const scored = block.rows
    .map((row) => ({ row, score: matches(row, general) }))
    .filter((row) => row.score > 0);
  if (scored.length === 0) return undefined;
  const top = Math.max(...scored.map((row) => row.score));
  const chosen = scored.filter((row) => row.score === top).slice(0, 3);
  if (chosen.length === block.rows.length) return undefined;
  return chosen.map((row) => row.row).join('; ');
}

function prose(
  block: FlatBlock,
  units: readonly string[],
  matches: Matcher,
): Omit<Extract, 'block'> {
  const scored = units.map((text, position) => ({ text, position, score: matches(text) }));
  const best = Math.max(0, ...scored.map((unit) => unit.score));
  const listItems = units.filter(isItem);
  // A list answers as a whole, in its order: "what's included?" wants every item.
  const bestIsItem = scored.some((unit) => unit.score === best && best > 0 && isItem(unit.text));
  if (listItems.length >= 2 && (bestIsItem || best === 0)) {
    const firstItem = units.findIndex(isItem);
    const heading = firstItem > 0 ? units[firstItem - 1]! : `${block.title}:`;
    return { text: [heading, ...listItems.slice(0, 10)].join('\n'), source: 'list' };
  }
  if (best > 0) {
    const chosen = scored
      .filter((unit) => unit.score > 0 && !isItem(unit.text))
      .sort((a, b) => b.score - a.score || a.position - b.position)
      .filter((unit, index) => index === 0 || unit.score >= best * 0.6)
      .slice(0, 2)
      .sort((a, b) => a.position - b.position);
    if (chosen.length > 0)
      return { text: chosen.map((unit) => unit.text).join(' '), source: 'sentences' };
  }
  // The block matched as a whole (its title or tags): its opening says what it is about.
  return { text: units.slice(0, 2).join(' ') || block.title, source: 'sentences' };
}

function bestPair(blocks: readonly FlatBlock[], matches: Matcher) {
  let best: { answer: string; block: FlatBlock; score: number } | undefined;
  for (const block of blocks) {
    for (const pair of block.faq) {
      const score = matches(pair.question) + 0.5 * matches(pair.answer);
      if (!best || score > best.score) best = { answer: pair.answer, block, score };
    }
  }
  return best;
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

function unitsOf(block: FlatBlock, lang: string): readonly string[] {
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

function isItem(text: string): boolean {
  return text.startsWith('- ');
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
