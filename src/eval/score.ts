/**
 * The figures of an eval run, per kind (single questions, dialogue turns) and language, and
 * the thresholds that turn them into a pass or a fail for CI.
 */
import { type EvalCase, offersAnswer } from './run.js';

export interface Score {
  readonly answerable: number;
  readonly right: number;
  readonly wrong: number;
  readonly wrongRefusals: number;
  /** Wrong refusals that asked "did you mean…" with a block that answers among the buttons. */
  readonly offered: number;
  readonly unanswerable: number;
  readonly correctRefusals: number;
  /** Answers given to questions the knowledge does not answer. */
  readonly wrongAnswers: number;
  /** Answerable questions whose first / first three ranked blocks hold an answer. */
  readonly top1: number;
  readonly top3: number;
}

export interface Rates {
  /** Right answers of answerable questions. */
  readonly right: number;
  /** Right answers and "did you mean…" buttons that lead to one, of answerable questions. */
  readonly reached: number;
  /** Correct refusals of unanswerable questions. */
  readonly refusal: number;
  /** Wrong answers (to either kind) of all answers given. */
  readonly wrong: number;
  readonly top1: number;
  readonly top3: number;
}

export type Kind = 'questions' | 'dialogues';

export interface ScoreRow {
  readonly kind: Kind;
  /** A language, or "all". */
  readonly lang: string;
  readonly score: Score;
  readonly rates: Rates;
}

export function kindOf(evalCase: EvalCase): Kind {
  return evalCase.dialogue ? 'dialogues' : 'questions';
}

export function scoreOf(cases: readonly EvalCase[]): Score {
  const count = (test: (evalCase: EvalCase) => boolean) => cases.filter(test).length;
  const answers = (evalCase: EvalCase) => evalCase.expect !== 'none';
  const ranksAnswer = (evalCase: EvalCase, k: number) =>
    evalCase.expect !== 'none' &&
    evalCase.ranking.slice(0, k).some((block) => evalCase.expect.includes(block.id));
  return {
    answerable: count(answers),
    right: count((c) => c.outcome === 'right'),
    wrong: count((c) => c.outcome === 'wrong'),
    wrongRefusals: count((c) => c.outcome === 'wrong-refusal'),
    offered: count(offersAnswer),
    unanswerable: count((c) => !answers(c)),
    correctRefusals: count((c) => c.outcome === 'correct-refusal'),
    wrongAnswers: count((c) => c.outcome === 'wrong-answer'),
    top1: count((c) => ranksAnswer(c, 1)),
    top3: count((c) => ranksAnswer(c, 3)),
  };
}

export function ratesOf(score: Score): Rates {
  const given = score.right + score.wrong + score.wrongAnswers;
  const share = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
  return {
    right: share(score.right, score.answerable),
    reached: share(score.right + score.offered, score.answerable),
    refusal: share(score.correctRefusals, score.unanswerable),
    wrong: share(score.wrong + score.wrongAnswers, given),
    top1: share(score.top1, score.answerable),
    top3: share(score.top3, score.answerable),
  };
}

/** One row per kind and language that has cases, then each kind's "all" row. */
export function scoreRows(cases: readonly EvalCase[]): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const kind of ['questions', 'dialogues'] as const) {
    const ofKind = cases.filter((evalCase) => kindOf(evalCase) === kind);
    if (ofKind.length === 0) continue;
    const langs = [...new Set(ofKind.map((evalCase) => evalCase.lang))].sort();
    for (const lang of langs) {
      const score = scoreOf(ofKind.filter((evalCase) => evalCase.lang === lang));
      rows.push({ kind, lang, score, rates: ratesOf(score) });
    }
    const score = scoreOf(ofKind);
    rows.push({ kind, lang: 'all', score, rates: ratesOf(score) });
  }
  return rows;
}

export interface Thresholds {
  /** Right answers of answerable single questions, 0..1. */
  readonly minRight?: number;
  /** Right answers of answerable dialogue turns, 0..1. */
  readonly minDialogueRight?: number;
  /**
   * Right answers and "did you mean…" replies offering a block that answers, of answerable
   * questions and turns together, 0..1.
   */
  readonly minReached?: number;
  /** Correct refusals of unanswerable questions and turns, 0..1. */
  readonly minRefusal?: number;
  /** Wrong answers of all answers given, 0..1. */
  readonly maxWrong?: number;
  readonly minTop1?: number;
  readonly minTop3?: number;
}

/** Each threshold the run misses, as a sentence. Thresholds apply to all languages together. */
export function missedThresholds(cases: readonly EvalCase[], thresholds: Thresholds): string[] {
  const singles = ratesOf(scoreOf(cases.filter((c) => kindOf(c) === 'questions')));
  const turns = ratesOf(scoreOf(cases.filter((c) => kindOf(c) === 'dialogues')));
  const all = ratesOf(scoreOf(cases));
  const checks: Array<[string, number | undefined, number, 'min' | 'max']> = [
    ['right answers of answerable questions', thresholds.minRight, singles.right, 'min'],
    ['right answers of answerable dialogue turns', thresholds.minDialogueRight, turns.right, 'min'],
    [
      'right answers or "did you mean…" offering one, of answerable questions and turns',
      thresholds.minReached,
      all.reached,
      'min',
    ],
    ['correct refusals of unanswerable questions', thresholds.minRefusal, all.refusal, 'min'],
    ['wrong answers of answers given', thresholds.maxWrong, all.wrong, 'max'],
    ['retrieval top-1', thresholds.minTop1, all.top1, 'min'],
    ['retrieval top-3', thresholds.minTop3, all.top3, 'min'],
  ];
  const missed: string[] = [];
  for (const [what, limit, value, direction] of checks) {
    if (limit === undefined || Number.isNaN(value)) continue;
    const fails = direction === 'min' ? value < limit : value > limit;
    if (fails)
      missed.push(
        `${what}: ${percent(value)}, ${direction === 'min' ? 'below the minimum' : 'above the maximum'} ${percent(limit)}`,
      );
  }
  return missed;
}

export function percent(rate: number): string {
  return Number.isNaN(rate) ? '–' : `${(rate * 100).toFixed(1)}%`;
}
