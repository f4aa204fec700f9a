/**
 * The offline answerer: replies from retrieval alone, with no network and no key. It answers
 * with what a person would quote: the FAQ answer whose question matches, the table row or fact
 * that was asked about, or the few sentences of the best block that match the question, and
 * cites the block. When the best match covers too little of the question it gives the
 * knowledge's fallback and marks the answer failed, which the handoff rules count.
 */

import type { Citation } from '../domain/conversation.js';
import { askedKind } from '../kb/answer-kind.js';
import { matcherFor } from '../kb/answer-units.js';
import type { FlatBlock } from '../kb/flatten.js';
import type { LanguageKnowledge, RankedBlock } from '../kb/language-knowledge.js';
import { citationOf, rankingOf } from '../kb/language-knowledge.js';
import { extractAnswer } from './answer-extraction.js';

export interface OfflineAnswer {
  readonly text: string;
  readonly citations: Citation[];
  /** True when the knowledge had no good answer and the fallback was given. */
  readonly failed: boolean;
  /** What the answer was made of, for tests and `chatbot shell`. */
  readonly source: 'faq' | 'row' | 'sentences' | 'list' | 'clarify' | 'fallback';
  /** The topics a "did you mean…" offers, for the widget's buttons. */
  readonly suggestions?: readonly Citation[];
  /** The blocks retrieval ranked for the question, best first. */
  readonly ranking?: readonly RankedBlock[];
  /** How likely the best block answers the question, 0..1. */
  readonly confidence?: number;
}

export interface OfflineOptions {
  /** Below this confidence (0..1) the answerer refuses: the knowledge likely does not answer. */
  readonly minConfidence: number;
  /** From this confidence up to minConfidence it asks "did you mean…" with the two best topics. */
  readonly minClarifyConfidence?: number;
}

export function answerOffline(
  knowledge: LanguageKnowledge,
  question: string,
  recentTurns: readonly string[],
  options: OfflineOptions,
): OfflineAnswer {
  const ranked = knowledge.rank(question, recentTurns, 3);
  const ranking = rankingOf(ranked.hits);
  const { confidence } = ranked;
  const best = ranked.hits[0];
  if (
    best &&
    confidence < options.minConfidence &&
    confidence >= (options.minClarifyConfidence ?? 1)
  ) {
    const suggestions = distinctTopics(ranked.hits.map((hit) => hit.block)).slice(0, 2);
    if (suggestions.length === 2)
      return {
        text: clarifyText(knowledge.ui.didYouMean, suggestions),
        citations: [],
        // Not an answer: it counts as one the bot could not give, as a refusal does.
        failed: true,
        source: 'clarify',
        suggestions,
        ranking,
        confidence,
      };
  }
  if (!best || confidence < options.minConfidence)
    return {
      text: knowledge.fallback,
      citations: [],
      failed: true,
      source: 'fallback',
      ranking,
      confidence,
    };
  const matches = matcherFor(knowledge, ranked.units);
  // A FAQ question that says what the visitor said is the best possible answer, in any of the
  // top blocks (a question about children's prices may live under "children", not "prices"),
  // unless the best block's own title names the topic: then the answer is that block's.
  const titleNamesTopic =
    ranked.byTitle !== undefined ||
    matches(`${best.block.title} ${best.block.tags.join(' ')}`) >= 0.5;
  const pool = titleNamesTopic
    ? [best.block]
    : ranked.hits.filter((hit) => hit.score >= 0.6 * best.score).map((hit) => hit.block);
  const kind = askedKind(question, knowledge.textLang);
  // Chosen by its title, the block's own topic picks no line of it: what the visitor asked
  // beyond the title does ("Sunday" in "are you open on Sunday?").
  const besidesKind = ranked.byTitle
    ? matcherFor(knowledge, ranked.byTitle.beyond)
    : matcherFor(knowledge, ranked.units, {
        answered: (unit) => kind !== undefined && askedKind(unit.text, knowledge.textLang) === kind,
      });
  const extract = extractAnswer(knowledge, pool, matches, {
    kind,
    besidesKind,
    question,
    byTitle: ranked.byTitle !== undefined,
  });
  return {
    text: extract.text,
    citations: [citationOf(extract.block)],
    failed: false,
    source: extract.source,
    ranking,
    confidence,
  };
}

/** A "did you mean…": the widget text, then one line per topic offered. */
function clarifyText(didYouMean: string, topics: readonly Citation[]): string {
  return [didYouMean, ...topics.map((topic) => `${offeredMark}${topic.title}`)].join('\n');
}

const offeredMark = '- ';

/** The titles a "did you mean…" reply offered, best first; none for any other reply. */
export function offeredTitles(reply: string, didYouMean: string): string[] {
  if (!reply.startsWith(didYouMean)) return [];
  return reply
    .slice(didYouMean.length)
    .split('\n')
    .filter((line) => line.startsWith(offeredMark))
    .map((line) => line.slice(offeredMark.length));
}

/** The blocks' citations, one per title: two blocks titled alike are no choice to offer. */
function distinctTopics(blocks: readonly FlatBlock[]): Citation[] {
  const seen = new Set<string>();
  const topics: Citation[] = [];
  for (const block of blocks) {
    const key = block.title.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    topics.push(citationOf(block));
  }
  return topics;
}
