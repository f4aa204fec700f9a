import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AiEngine, linkName } from '../ai/engine.js';
import { ChatbotError, ExitCode, ExitError } from '../errors/chatbot-error.js';
import { modelJudge } from '../eval/judge.js';
import { findEvalFiles, loadEvalFile } from '../eval/load.js';
import { renderEvalJson, renderEvalJunit, renderEvalReport } from '../eval/report.js';
import type { EvalCase } from '../eval/run.js';
import { evaluateFile } from '../eval/run.js';
import { missedThresholds, type Thresholds } from '../eval/score.js';
import { renderPretty } from '../validate/report.js';
import { loadBot } from './load-bot.js';
import { createOutput, table } from './output.js';

export interface EvalCommandOptions extends Thresholds {
  readonly dir: string;
  readonly format: 'pretty' | 'json' | 'junit';
  readonly output?: string;
  /** Through the configured cascade (real AI providers) instead of the offline answerer. */
  readonly live?: boolean;
  /** With --live: ask the configured model whether each answer is supported by its blocks. */
  readonly judge?: boolean;
}

/** Every conversation in an eval run happens at this moment, so business hours never move a score. */
const evalMoment = new Date('2026-03-04T11:00:00Z');

export async function runEval(
  files: string[],
  options: EvalCommandOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<EvalCase[]> {
  const projectDir = resolve(options.dir);
  const output = createOutput(env);
  if (options.judge && !options.live)
    throw new ChatbotError('USAGE', '--judge asks the configured model, so it needs --live');
  const bot = await loadBot(projectDir, output, env, options.live ? 'dev' : 'validate');
  try {
    const snapshot = bot.snapshot;
    const engine = new AiEngine(!options.live);
    if (options.live) output.err(`Live: ${snapshot.config.ai.cascade.map(linkName).join(' → ')}`);
    const evalFiles = await findEvalFiles(projectDir, files);
    if (evalFiles.length === 0)
      throw new ChatbotError('EVAL_NONE', `No eval sets in ${projectDir}/eval`);
    const idsOf = (lang: string | undefined) =>
      new Set(snapshot.knowledge(snapshot.resolveLanguage(lang)).blocks.map((block) => block.id));
    const judge = options.judge ? modelJudge(snapshot, engine) : undefined;
    const cases: EvalCase[] = [];
    for (const file of evalFiles) {
      const loaded = await loadEvalFile(projectDir, file, idsOf);
      if (!loaded.set) {
        output.err(
          renderPretty(loaded.findings, { projectDir, colors: output.colors, codeFrames: true }),
        );
        throw new ExitError(ExitCode.invalidInput);
      }
      const run = { engine, now: evalMoment, ...(judge ? { judge } : {}) };
      cases.push(...(await evaluateFile(snapshot, { ...loaded, set: loaded.set }, run)));
    }
    const missed = missedThresholds(cases, options);
    if (options.format === 'json') output.out(renderEvalJson(cases, missed));
    else if (options.format === 'junit') output.out(renderEvalJunit(cases).trimEnd());
    else output.out(renderEvalReport(cases, output.colors, table));
    if (options.output) await writeFile(resolve(options.output), renderEvalJunit(cases));
    if (missed.length > 0) {
      for (const line of missed) output.err(output.colors.red(`✗ ${line}`));
      throw new ChatbotError('EVAL_BELOW_THRESHOLD', `${missed.length} threshold(s) missed`);
    }
    return cases;
  } finally {
    await bot.close();
  }
}
