/**
 * `chatbot eval` output: a table of figures per kind and language, then every miss with
 * where it is written, what won retrieval and with what score, so an author sees what to fix.
 * JSON for scripts; JUnit (a case per question or turn) for CI systems.
 */
import type { Colors } from 'picocolors/types.js';
import { truncate, xml } from '../conversation-tests/report.js';
import { type EvalCase, type Outcome, offersAnswer } from './run.js';
import { percent, ratesOf, type ScoreRow, scoreOf, scoreRows } from './score.js';
import type { SweepRow } from './sweep.js';

const outcomeText: Record<Outcome, string> = {
  right: 'right',
  wrong: 'answered from the wrong block',
  'wrong-refusal': 'refused, but the knowledge answers it',
  'correct-refusal': 'refused, rightly',
  'wrong-answer': 'answered, but the knowledge does not answer it',
};

export function renderEvalReport(
  cases: readonly EvalCase[],
  colors: Colors,
  table: (header: string[], rows: string[][]) => string,
  sweep?: readonly SweepRow[],
): string {
  const lines: string[] = [];
  const misses = cases.filter(isMiss);
  if (misses.length > 0) lines.push(colors.bold(`Misses (${misses.length})`));
  for (const miss of misses) lines.push(...renderMiss(miss, colors));
  if (misses.length > 0) lines.push('');
  const rows = scoreRows(cases);
  lines.push(
    table(
      [
        '',
        'lang',
        'right',
        'wrong',
        'wrongly refused',
        'of those, offered',
        'rightly refused',
        'wrong of given',
        'top-1',
        'top-3',
      ],
      rows.map((row) => renderRow(row, colors)),
    ),
  );
  const total = scoreOf(cases);
  if (total.offered > 0)
    lines.push(
      '',
      `Right, or one click away (a "did you mean…" button that answers): ${total.right + total.offered}/${total.answerable} ${colors.dim(`(${percent(ratesOf(total).reached)})`)}`,
    );
  if (sweep) lines.push('', ...renderSweep(sweep, colors, table));
  const judged = cases.filter((evalCase) => evalCase.supported !== undefined);
  if (judged.length > 0) {
    const unsupported = judged.filter((evalCase) => !evalCase.supported);
    lines.push(
      '',
      `Judge: ${judged.length - unsupported.length} of ${judged.length} answers supported by the blocks they cite`,
    );
    for (const evalCase of unsupported)
      lines.push(
        `  ${colors.yellow('?')} ${colors.cyan(`${evalCase.file}:${evalCase.line}:${evalCase.col}`)} ${JSON.stringify(truncate(evalCase.reply, 200))}`,
      );
  }
  return lines.join('\n');
}

/** The figures at each threshold tried, the configured one marked: what raising or lowering it does. */
function renderSweep(
  sweep: readonly SweepRow[],
  colors: Colors,
  table: (header: string[], rows: string[][]) => string,
): string[] {
  const rows = sweep.map((row) => {
    const cells = [
      row.configured ? `${row.minConfidence} ←` : String(row.minConfidence),
      percent(row.questions.right),
      percent(row.dialogues.right),
      percent(row.all.reached),
      percent(row.all.refusal),
      percent(row.all.wrong),
    ];
    return row.configured ? cells.map((cell) => colors.bold(cell)) : cells;
  });
  return [
    colors.bold('At other thresholds (retrieval.minConfidence; ← is the configured one)'),
    table(
      [
        'minConfidence',
        'right (questions)',
        'right (turns)',
        'right or offered',
        'rightly refused',
        'wrong of given',
      ],
      rows,
    ),
  ];
}

export function isMiss(evalCase: EvalCase): boolean {
  return evalCase.outcome !== 'right' && evalCase.outcome !== 'correct-refusal';
}

function renderRow(row: ScoreRow, colors: Colors): string[] {
  const { score, rates } = row;
  const given = score.right + score.wrong + score.wrongAnswers;
  const cell = (part: number, whole: number, rate: number) =>
    whole === 0 ? '–' : `${part}/${whole} ${colors.dim(`(${percent(rate)})`)}`;
  const name = row.lang === 'all' ? colors.bold(row.kind) : row.kind;
  return [
    name,
    row.lang,
    cell(score.right, score.answerable, rates.right),
    String(score.wrong),
    String(score.wrongRefusals),
    String(score.offered),
    cell(score.correctRefusals, score.unanswerable, rates.refusal),
    cell(score.wrong + score.wrongAnswers, given, rates.wrong),
    cell(score.top1, score.answerable, rates.top1),
    cell(score.top3, score.answerable, rates.top3),
  ];
}

function renderMiss(miss: EvalCase, colors: Colors): string[] {
  const where = colors.cyan(`${miss.file}:${miss.line}:${miss.col}`);
  const turn = miss.dialogue
    ? ` ${colors.dim(`${miss.dialogue.name}, turn ${miss.dialogue.turn}`)}`
    : '';
  const expected = miss.expect === 'none' ? 'nothing' : miss.expect.join(' or ');
  const ranked = miss.ranking
    .map((block) => `${block.id} ${block.score.toFixed(2)}/${block.coverage.toFixed(2)}`)
    .join(', ');
  const confidence =
    miss.confidence === undefined ? '' : `; confidence ${miss.confidence.toFixed(2)}`;
  const lines = [
    `  ${colors.red('✗')} ${where} [${miss.lang}]${turn} ${JSON.stringify(miss.question)}`,
    `      ${outcomeText[miss.outcome]}; expected ${expected}, cited ${miss.cited.join(', ') || 'nothing'}`,
  ];
  if (miss.offered)
    lines.push(
      `      ${colors.dim(offersAnswer(miss) ? 'asked "did you mean…", offering the answer:' : 'asked "did you mean…", offering:')} ${miss.offered.join(', ')}`,
    );
  if (miss.missing)
    lines.push(
      `      ${colors.dim('missing:')} ${miss.missing.map((text) => JSON.stringify(text)).join(', ')}`,
    );
  lines.push(`      ${colors.dim('ranked (score/coverage):')} ${ranked || 'nothing'}${confidence}`);
  if (miss.unknown)
    lines.push(
      `      ${colors.dim('not in the knowledge:')} ${miss.unknown.map((word) => JSON.stringify(word)).join(', ')}`,
    );
  if (miss.outcome !== 'wrong-refusal')
    lines.push(`      ${colors.dim('reply:')} ${JSON.stringify(truncate(miss.reply, 200))}`);
  return lines;
}

export function renderEvalJson(
  cases: readonly EvalCase[],
  missed: readonly string[],
  sweep?: readonly SweepRow[],
): string {
  return JSON.stringify(
    {
      passed: missed.length === 0,
      thresholdsMissed: missed,
      scores: scoreRows(cases),
      misses: cases.filter(isMiss),
      ...(sweep ? { sweep } : {}),
    },
    null,
    2,
  );
}

/** JUnit XML: a suite per file, a case per question or dialogue turn; a miss is a failure. */
export function renderEvalJunit(cases: readonly EvalCase[]): string {
  const byFile = new Map<string, EvalCase[]>();
  for (const evalCase of cases)
    byFile.set(evalCase.file, [...(byFile.get(evalCase.file) ?? []), evalCase]);
  const failures = cases.filter(isMiss).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chatbot eval" tests="${cases.length}" failures="${failures}">`,
  ];
  for (const [file, fileCases] of byFile) {
    out.push(
      `  <testsuite name="${xml(file)}" tests="${fileCases.length}" failures="${fileCases.filter(isMiss).length}">`,
    );
    for (const evalCase of fileCases) {
      const name = `${evalCase.line}:${evalCase.col} [${evalCase.lang}] ${evalCase.question}`;
      const open = `    <testcase name="${xml(name)}" classname="${xml(file.replace(/\.ya?ml$/, '').replace(/\//g, '.'))}"`;
      if (!isMiss(evalCase)) {
        out.push(`${open}/>`);
        continue;
      }
      const expected = evalCase.expect === 'none' ? 'nothing' : evalCase.expect.join(' or ');
      const message = `${outcomeText[evalCase.outcome]}; expected ${expected}, cited ${evalCase.cited.join(', ') || 'nothing'}`;
      out.push(
        `${open}>`,
        `      <failure message="${xml(message)}">${xml(evalCase.reply)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
