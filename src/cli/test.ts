import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AiEngine, linkName } from '../ai/engine.js';
import { findTestFiles, loadTestFile } from '../conversation-tests/load.js';
import { renderJunit, renderTestReport } from '../conversation-tests/report.js';
import { type CaseResult, runCase } from '../conversation-tests/run.js';
import { ChatbotError, ExitCode, ExitError } from '../errors/chatbot-error.js';
import { renderPretty } from '../validate/report.js';
import { loadBot } from './load-bot.js';
import { createOutput } from './output.js';

export interface TestCommandOptions {
  readonly reporter: 'pretty' | 'junit';
  readonly output?: string;
  /** Through the configured cascade (real AI providers) instead of the offline provider. */
  readonly live?: boolean;
}

export async function runTests(
  dir: string,
  files: string[],
  options: TestCommandOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const projectDir = resolve(dir);
  const output = createOutput(env);
  const bot = await loadBot(projectDir, output, env, options.live ? 'dev' : 'validate');
  try {
    const snapshot = bot.snapshot;
    const engine = new AiEngine(!options.live);
    if (options.live) {
      for (const warning of bot.startupWarnings) output.err(`warning: ${warning.message}`);
      const providers = snapshot.config.ai.cascade.map(linkName).join(' → ');
      output.err(`Live: ${providers}`);
    }
    const testFiles = await findTestFiles(projectDir, files);
    if (testFiles.length === 0)
      throw new ChatbotError('TEST_NONE', `No conversation tests in ${projectDir}/tests`);
    const knownIds = new Set(
      [...snapshot.languages.values()].flatMap((knowledge) =>
        knowledge.blocks.map((block) => block.id),
      ),
    );
    const knownAssistants = new Set(['default', ...Object.keys(snapshot.config.assistants)]);

    const results: CaseResult[] = [];
    for (const file of testFiles) {
      const loaded = await loadTestFile(projectDir, file, knownIds, knownAssistants);
      if (!loaded.tests) {
        output.err(
          renderPretty(loaded.findings, { projectDir, colors: output.colors, codeFrames: true }),
        );
        throw new ExitError(ExitCode.invalidInput);
      }
      for (const [caseIndex, testCase] of loaded.tests.cases.entries()) {
        results.push(
          await runCase(snapshot, engine, file, testCase, (turn) =>
            loaded.positionOf(['cases', caseIndex, 'turns', turn, 'visitor']),
          ),
        );
      }
    }

    const junit = renderJunit(results);
    if (options.reporter === 'junit' && !options.output) output.out(junit.trimEnd());
    else output.out(renderTestReport(results, output.colors).replace(/^\n/, ''));
    if (options.output) await writeFile(resolve(options.output), junit);
    if (results.some((result) => result.failures.length > 0))
      throw new ExitError(ExitCode.invalidInput);
  } finally {
    await bot.close();
  }
}
