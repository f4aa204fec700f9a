/**
 * What other confidence thresholds would do on the same labelled questions: the table an
 * author reads to choose `retrieval.minConfidence` for their own business (docs/knowledge.md,
 * "Confidence: answer or refuse"). Each threshold is a whole run, dialogues included: a refusal
 * changes what the next turn of a dialogue is read with.
 */
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { EvalCase } from './run.js';
import { kindOf, type Rates, ratesOf, scoreOf } from './score.js';

export interface SweepRow {
  readonly minConfidence: number;
  /** The threshold the bot's config sets. */
  readonly configured: boolean;
  readonly questions: Rates;
  readonly dialogues: Rates;
  /** Questions and turns together: refusals and wrong answers are read here. */
  readonly all: Rates;
}

/** The thresholds tried besides the configured one. */
const sweepThresholds: readonly number[] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** The thresholds to try, the configured one among them, lowest first. */
function thresholdsAround(configured: number): number[] {
  return [...new Set([...sweepThresholds, configured])].sort((a, b) => a - b);
}

function sweepRow(
  minConfidence: number,
  configured: boolean,
  cases: readonly EvalCase[],
): SweepRow {
  return {
    minConfidence,
    configured,
    questions: ratesOf(scoreOf(cases.filter((c) => kindOf(c) === 'questions'))),
    dialogues: ratesOf(scoreOf(cases.filter((c) => kindOf(c) === 'dialogues'))),
    all: ratesOf(scoreOf(cases)),
  };
}

/**
 * The same sets at each threshold around the configured one; `ask` runs them on a bot. "Did you
 * mean…" starts below the threshold as configured, never above it.
 */
export async function sweepOf(
  snapshot: BotSnapshot,
  configuredCases: readonly EvalCase[],
  ask: (bot: BotSnapshot) => Promise<EvalCase[]>,
): Promise<SweepRow[]> {
  const { minConfidence, minClarifyConfidence } = snapshot.config.retrieval;
  const rows: SweepRow[] = [];
  for (const threshold of thresholdsAround(minConfidence)) {
    const configured = threshold === minConfidence;
    const cases = configured
      ? configuredCases
      : await ask(
          snapshot.withRetrieval({
            minConfidence: threshold,
            minClarifyConfidence: Math.min(minClarifyConfidence, threshold),
          }),
        );
    rows.push(sweepRow(threshold, configured, cases));
  }
  return rows;
}
