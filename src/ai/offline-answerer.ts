/**
 * The offline answerer: replies from retrieval alone, with no network and no key. It answers
 * with what a person would quote: the FAQ answer whose question matches, the table row or fact
 * that was asked about, or the few sentences of the best block that match the question, and
 * cites the block. When the best match covers too little of the question it gives the
 * knowledge's fallback and marks the answer failed, which the handoff rules count.
 */

import type { FlatBlock } from '../kb/flatten.js';
import type { Citation, LanguageKnowledge, RankedBlock } from '../kb/language-knowledge.js';
import { citationOf, rankingOf } from '../kb/language-knowledge.js';

export interface OfflineAnswer {
  readonly text: string;
  readonly citations: Citation[];
  /** True when the knowledge had no good answer and the fallback was given. */
  readonly failed: boolean;
  /** What the answer was made of, for tests and `chatbot shell`. */
  readonly source: 'faq' | 'row' | 'sentences' | 'list' | 'fallback';
  /** The blocks retrieval ranked for the question, best first. */
  readonly ranking?: readonly RankedBlock[];
}

export interface OfflineOptions {
  readonly minCoverage: number;
}

export function answerOffline(
  knowledge: LanguageKnowledge,
  question: string,
  recentTurns: readonly string[],
  options: OfflineOptions,
): OfflineAnswer {
  const hits = knowledge.search(question, 3, recentTurns.slice(-2).join('\n'));
  return { ...answerFrom(knowledge, question, hits, options), ranking: rankingOf(hits) };
}

function answerFrom(
  knowledge: LanguageKnowledge,
  question: string,
  hits: ReturnType<LanguageKnowledge['search']>,
  options: OfflineOptions,
): Omit<OfflineAnswer, 'ranking'> {
  const best = hits[0];
  if (!best || best.coverage < options.minCoverage) {
    return { text: knowledge.fallback, citations: [], failed: true, source: 'fallback' };
  }
  const queryTerms = new Set(knowledge.tokenizer.tokens(question));
  const overlap = (text: string) => {
    if (queryTerms.size === 0) return 0;
    const terms = termsOf(knowledge, text);
    let matched = 0;
    for (const term of queryTerms) if (terms.has(term)) matched++;
    return matched / queryTerms.size;
  };

  // A FAQ question that says what the visitor said is the best possible answer, in any of the
  // top blocks (a question about children's prices may live under "children", not "prices")
  // unless the best block's own title names the topic: then the answer is that block's.
  const titleNamesTopic = overlap(`${best.block.title} ${best.block.tags.join(' ')}`) >= 0.5;
  const pool = titleNamesTopic
    ? [best]
    : hits.filter((hit) => hit.coverage >= options.minCoverage && hit.score >= 0.6 * best.score);
  const bestFaq = bestPair(
    pool.map((hit) => hit.block),
    overlap,
  );
  if (bestFaq && bestFaq.score >= 0.5) {
    return {
      text: bestFaq.answer,
      citations: [citationOf(bestFaq.block)],
      failed: false,
      source: 'faq',
    };
  }

  const block = best.block;
  const citations = [citationOf(block)];
  // A table row or fact naming what was asked about ("Montserrat", "Saturday").
  const rows = block.rows
    .map((row) => ({ row, score: overlap(row) }))
    .filter((row) => row.score > 0);
  if (rows.length > 0) {
    const top = Math.max(...rows.map((row) => row.score));
    const chosen = rows
      .filter((row) => row.score === top)
      .slice(0, 3)
      .map((row) => row.row);
    if (chosen.length < block.rows.length)
      return { text: sentence(chosen.join('; ')), citations, failed: false, source: 'row' };
  }

  const units = unitsOf(block);
  // A block of questions and answers only: its closest pair is the answer.
  const ownFaq = bestPair([block], overlap);
  if (units.length === 0 && ownFaq) {
    return { text: ownFaq.answer, citations, failed: false, source: 'faq' };
  }
  const scored = units.map((text, position) => ({ text, position, score: overlap(text) }));
  const matching = scored
    .filter((unit) => unit.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position);
  if (matching.length > 0 && !isList(units)) {
    const chosen = matching.slice(0, 2).sort((a, b) => a.position - b.position);
    return {
      text: chosen.map((unit) => unit.text).join(' '),
      citations,
      failed: false,
      source: 'sentences',
    };
  }
  // The block matched as a whole (its title or tags): a short list is the answer; otherwise
  // its opening sentences, which say what the block is about.
  if (isList(units) || units.length <= 3) {
    const intro = units.filter((unit) => !unit.startsWith('- '));
    const items = units.filter((unit) => unit.startsWith('- '));
    const heading = intro[0] ?? `${block.title}:`;
    return {
      text: [heading, ...items.slice(0, 8), ...intro.slice(1, 2)].join('\n'),
      citations,
      failed: false,
      source: 'list',
    };
  }
  return { text: units.slice(0, 2).join(' '), citations, failed: false, source: 'sentences' };
}

/**
 * The knowledge's own texts (titles, rows, sentences, FAQ pairs) are the same for every question,
 * so their terms and sentences are worked out once per knowledge version, not once per reply.
 * The cache is bounded: a huge knowledge base keeps its most recent texts.
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

function unitsOf(block: FlatBlock): readonly string[] {
  let units = blockUnits.get(block);
  if (!units) {
    units = splitUnits(block.text);
    blockUnits.set(block, units);
  }
  return units;
}

function bestPair(blocks: readonly FlatBlock[], overlap: (text: string) => number) {
  let best: { answer: string; block: FlatBlock; score: number } | undefined;
  for (const block of blocks) {
    for (const pair of block.faq) {
      const score = overlap(pair.question) + 0.5 * overlap(pair.answer);
      if (!best || score > best.score) best = { answer: pair.answer, block, score };
    }
  }
  return best;
}

/** Lines, and the sentences inside prose lines; "Q:"/"A:" pairs stay out (FAQ is handled above). */
function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('Q: ') || trimmed.startsWith('A: ')) continue;
    if (trimmed.startsWith('- ')) units.push(trimmed);
    // A sentence ends at . ! ? … followed by a space: "hello@acme.example" and "€1.290" stay whole.
    else
      units.push(
        ...trimmed
          .split(/(?<=[.!?…])\s+/u)
          .map((part) => part.trim())
          .filter(Boolean),
      );
  }
  return units;
}

function isList(units: readonly string[]): boolean {
  return units.filter((unit) => unit.startsWith('- ')).length >= 2;
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
