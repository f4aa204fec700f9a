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
import { sweepOf } from '../eval/sweep.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
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
  /** Also run the sets at other confidence thresholds, to choose retrieval.minConfidence. */
  readonly sweep?: boolean;
}

/** Every conversation in an eval run happens at this moment, so business hours never move a score. */
const evalMoment = new Date('2026-03-04T11:00:00Z');

type LoadedSet = Parameters<typeof evaluateFile>[1];

export async function runEval(
  files: string[],
  options: EvalCommandOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<EvalCase[]> {
  const projectDir = resolve(options.dir);
  const output = createOutput(env);
  if (options.judge && !options.live)
    throw new ChatbotError('USAGE', '--judge asks the configured model, so it needs --live');
  if (options.sweep && options.live)
    throw new ChatbotError(
      'USAGE',
      "--sweep tries the offline answerer's confidence thresholds, so it cannot go with --live",
    );
  const bot = await loadBot(projectDir, output, env, options.live ? 'dev' : 'validate');
  try {
    const snapshot = bot.snapshot;
    const engine = new AiEngine(!options.live);
    if (options.live) output.err(`Live: ${snapshot.config.ai.cascade.map(linkName).join(' → ')}`);
    const sets = await loadSets(projectDir, files, snapshot, output);
    const judge = options.judge ? modelJudge(snapshot, engine) : undefined;
    const run = { engine, now: evalMoment, ...(judge ? { judge } : {}) };
    const ask = async (bot: BotSnapshot) => {
      const cases: EvalCase[] = [];
      for (const set of sets) cases.push(...(await evaluateFile(bot, set, run)));
      return cases;
    };
    const cases = await ask(snapshot);
    const sweep = options.sweep ? await sweepOf(snapshot, cases, ask) : undefined;
    const missed = missedThresholds(cases, options);
    if (options.format === 'json') output.out(renderEvalJson(cases, missed, sweep));
    else if (options.format === 'junit') output.out(renderEvalJunit(cases).trimEnd());
    else output.out(renderEvalReport(cases, output.colors, table, sweep));
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

/** The eval files, each checked against the knowledge's block ids; any finding stops the run. */
async function loadSets(
  projectDir: string,
  files: string[],
  snapshot: BotSnapshot,
  output: ReturnType<typeof createOutput>,
): Promise<LoadedSet[]> {
  const evalFiles = await findEvalFiles(projectDir, files);
  if (evalFiles.length === 0)
    throw new ChatbotError('EVAL_NONE', `No eval sets in ${projectDir}/eval`);
  const idsOf = (lang: string | undefined) =>
    new Set(snapshot.knowledge(snapshot.resolveLanguage(lang)).blocks.map((block) => block.id));
  const sets: LoadedSet[] = [];
  for (const file of evalFiles) {
    const loaded = await loadEvalFile(projectDir, file, idsOf);
    if (!loaded.set) {
      output.err(
        renderPretty(loaded.findings, { projectDir, colors: output.colors, codeFrames: true }),
      );
      throw new ExitError(ExitCode.invalidInput);
    }
    sets.push({ ...loaded, set: loaded.set });
  }
  return sets;
}
