import { resolve } from 'node:path';
import { ExitCode, ExitError } from '../errors/chatbot-error.js';
import { InvalidBotError, LiveBot } from '../snapshot/live-bot.js';
import { renderPretty, renderSummary } from '../validate/report.js';
import type { Output } from './output.js';

/**
 * Loads the bot for a command that needs its knowledge. An invalid bot prints the same
 * findings as `chatbot validate` and ends the command with exit code 1.
 */
export async function loadBot(
  dir: string,
  output: Output,
  env: NodeJS.ProcessEnv = process.env,
  /** 'dev' reads the providers' keys (a provider without one is skipped): for live AI calls. */
  mode: 'validate' | 'dev' = 'validate',
): Promise<LiveBot> {
  const projectDir = resolve(dir);
  try {
    return await LiveBot.start({ projectDir, mode, env });
  } catch (error) {
    if (!(error instanceof InvalidBotError)) throw error;
    output.err(
      renderPretty(error.findings, { projectDir, colors: output.colors, codeFrames: true }),
    );
    output.err(renderSummary(error.findings, 0, output.colors).replace(/ in 0 files checked/, ''));
    throw new ExitError(ExitCode.invalidInput);
  }
}
