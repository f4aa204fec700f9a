/**
 * How likely the best block answers the question, 0..1: a logistic model over what retrieval
 * saw, with weights calibrated on labelled eval sets of several businesses at once (scripts/
 * calibrate-confidence.ts refits them; docs/knowledge.md explains the levels). No single
 * coverage ratio separates answerable from unanswerable questions: a visitor's greeting, a typo
 * or a name lowers it as much as the one word the knowledge lacks. What separates them is
 * where the match is (in the block's title, in one sentence) and what is missing (a thing
 * businesses write about, which this knowledge never mentions).
 */
import { asksForKind } from './answer-kind.js';
import { matcherFor, unitsOf } from './answer-units.js';
import type { FlatBlock } from './flatten.js';
import type { QueryUnit } from './query.js';

export interface ConfidenceInput {
  readonly units: readonly QueryUnit[];
  readonly hits: ReadonlyArray<{
    readonly block: FlatBlock;
    readonly score: number;
    readonly coverage: number;
  }>;
  readonly followUp: boolean;
}

/** The features, each scaled to about 0..1. */
export interface ConfidenceFeatures {
  /** Share of the question's weight the best block matches, unknown words counting against. */
  readonly coverage: number;
  /** The same, over the words the knowledge knows. */
  readonly knownCoverage: number;
  readonly unknownShare: number;
  /** How far the best block is ahead of the second, relative to its score. */
  readonly margin: number;
  readonly secondCoverage: number;
  /** Known units, up to four. */
  readonly knownUnits: number;
  readonly followUp: number;
  /** Unknown units, up to five. */
  readonly unknownUnits: number;
  /**
   * Share of the question's weight (unknown words included) the best block's title and tags
   * match; of the topic's weight, without the price, time or place words, when that is more.
   */
  readonly titleMatch: number;
  /** The best share one sentence, list item, FAQ question or row of the best block matches. */
  readonly pieceMatch: number;
  /** Concept-group words the knowledge never uses ("wifi" where no block has it), up to two. */
  readonly missingConcepts: number;
  /**
   * Whether the best block has the question's rarest known word: a block that matches only the
   * common words around it ("price", "book") is most often the wrong one.
   */
  readonly rarestMatched: number;
  /**
   * Known units of the question the best block has, up to three: a long question that matches
   * three things is likelier answered than its coverage ratio says.
   */
  readonly matchedUnits: number;
  /**
   * How far the best block is ahead of the second, not capped by coverage, unless it is the only
   * block and the question names a thing the knowledge never mentions.
   */
  readonly lead: number;
}

type Knowledge = Parameters<typeof matcherFor>[0];

export function confidenceFeatures(
  knowledge: Knowledge,
  ranked: ConfidenceInput,
): ConfidenceFeatures {
  const [best, second] = ranked.hits;
  const own = ranked.units.filter((unit) => !unit.optional);
  const unknown = own.filter((unit) => knowledge.index.unitWeight(unit) === 0);
  const knownWeight = own.reduce((sum, unit) => sum + knowledge.index.unitWeight(unit), 0);
  const unknownWeight = unknown.length * knowledge.index.unknownWeight;
  const coverage = best?.coverage ?? 0;
  const matches = matcherFor(knowledge, ranked.units, { countUnknown: true });
  const missing = ranked.units.filter((unit) => unit.concept && unit.terms.length === 0).length;
  const pieces = best
    ? [
        ...unitsOf(best.block, knowledge.textLang),
        ...best.block.faq.map((pair) => pair.question),
        ...best.block.rows,
      ]
    : [];
  return {
    coverage,
    knownCoverage:
      knownWeight > 0 ? Math.min(1, (coverage * (knownWeight + unknownWeight)) / knownWeight) : 0,
    unknownShare: own.length > 0 ? unknown.length / own.length : 0,
    margin: Math.min(marginOf(ranked.hits), coverage),
    secondCoverage: second?.coverage ?? 0,
    knownUnits: Math.min(own.length - unknown.length, 4) / 4,
    followUp: ranked.followUp ? 1 : 0,
    unknownUnits: Math.min(unknown.length, 5) / 5,
    titleMatch: best ? titleMatch(knowledge, ranked.units, best.block) : 0,
    pieceMatch: Math.max(0, ...pieces.map((piece) => matches(piece))),
    missingConcepts:
      Math.min(ranked.units.filter((unit) => unit.concept && unit.terms.length === 0).length, 2) /
      2,
    rarestMatched: best ? rarestMatched(knowledge, own, best.block) : 0,
    matchedUnits: best ? matchedUnits(knowledge, own, best.block) : 0,
    lead: leadOf(ranked.hits, coverage, missing),
  };
}

/**
 * How much of the question the block's title and tags name, counting the words that ask for a
 * price, a time or a place or leaving them out, whichever names more: "how much do veneers
 * cost?" is about veneers, which the title "Veneers" names whole, and "what time do you shut?"
 * is what "Opening hours" is about.
 */
function titleMatch(knowledge: Knowledge, units: readonly QueryUnit[], block: FlatBlock): number {
  const title = `${block.title} ${block.tags.join(' ')}`;
  const whole = matcherFor(knowledge, units, { countUnknown: true })(title);
  const topical = units.filter((unit) => !asksForKind(unit, knowledge.textLang));
  if (topical.length === 0 || topical.length === units.length) return whole;
  return Math.max(whole, matcherFor(knowledge, topical, { countUnknown: true })(title));
}

/**
 * How far the best block is ahead of the others, relative to its score. A follow-up's order
 * is not the score's (the previous topic picks among the blocks), so the best block can trail.
 */
function marginOf(hits: ConfidenceInput['hits']): number {
  const [best, ...others] = hits;
  if (!best || best.score <= 0) return 0;
  const next = Math.max(0, ...others.map((hit) => hit.score));
  return Math.max(0, (best.score - next) / best.score);
}

/**
 * The best block's lead, capped by its coverage when it is the only block and the question names
 * a thing the knowledge never mentions: "discount for pensioners?" finds the discounts page alone
 * because no block says "pensioners", which is no sign the page answers it.
 */
function leadOf(hits: ConfidenceInput['hits'], coverage: number, missing: number): number {
  const lead = marginOf(hits);
  return hits.length === 1 && missing > 0 ? Math.min(lead, coverage) : lead;
}

function rarestMatched(knowledge: Knowledge, own: readonly QueryUnit[], block: FlatBlock): number {
  let rarest: QueryUnit | undefined;
  let weight = 0;
  for (const unit of own) {
    const unitWeight = knowledge.index.unitWeight(unit);
    if (unitWeight > weight) {
      weight = unitWeight;
      rarest = unit;
    }
  }
  if (!rarest) return 0;
  const matches = matcherFor(knowledge, [rarest]);
  return matches(`${block.title} ${block.tags.join(' ')} ${block.text}`);
}

function matchedUnits(knowledge: Knowledge, own: readonly QueryUnit[], block: FlatBlock): number {
  const text = `${block.title} ${block.tags.join(' ')} ${block.text}`;
  let matched = 0;
  for (const unit of own)
    if (knowledge.index.unitWeight(unit) > 0 && matcherFor(knowledge, [unit])(text) > 0) matched++;
  return Math.min(matched, 3) / 3;
}

/** Fitted by scripts/calibrate-confidence.ts on the eval sets in eval/ and test/fixtures/bots/. */
export const confidenceWeights: Readonly<Record<keyof ConfidenceFeatures | 'bias', number>> = {
  bias: -1.77,
  coverage: 0.7,
  knownCoverage: 0.02,
  unknownShare: -0.38,
  margin: 1.05,
  secondCoverage: -0.29,
  knownUnits: 0.5,
  followUp: 0.61,
  unknownUnits: -0.2,
  titleMatch: 1.01,
  pieceMatch: 0.64,
  missingConcepts: -0.41,
  rarestMatched: 0.03,
  matchedUnits: 0.86,
  lead: 1.33,
};

export function confidenceOf(
  features: ConfidenceFeatures,
  weights: Readonly<Record<keyof ConfidenceFeatures | 'bias', number>> = confidenceWeights,
): number {
  let sum = weights.bias;
  for (const key of Object.keys(features) as Array<keyof ConfidenceFeatures>)
    sum += weights[key] * features[key];
  return 1 / (1 + Math.exp(-sum));
}
