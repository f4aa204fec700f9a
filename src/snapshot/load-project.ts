/**
 * loadProject(dir): a bot project folder read the way a server reads it at start-up — the
 * config (with .env and the environment), the knowledge of every language (from the folder,
 * git or HTTP, as the config says) and the prompt templates, validated as a whole and built into
 * one immutable snapshot. The library's entry for scripts and tools that need the bot without a
 * server: ask the snapshot for the system prompt, the knowledge, the retrieval of a question.
 */
import { resolve } from 'node:path';
import type { LoadMode } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Finding } from '../errors/finding.js';
import type { BotSnapshot } from './bot-snapshot.js';
import { LiveBot } from './live-bot.js';

export interface LoadProjectOptions {
  /**
   * Which rules apply: 'start' (the default) as a production server, 'dev' as `chatbot dev`,
   * 'validate' as `chatbot validate` (no provider keys needed).
   */
  readonly mode?: LoadMode;
  /** Variables over the project's .env; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface LoadedProject {
  /** The project folder, absolute. */
  readonly dir: string;
  readonly config: Config;
  /** Config, knowledge and templates as one versioned, immutable whole. */
  readonly snapshot: BotSnapshot;
  /** What the project could do better; errors throw instead (InvalidBotError, with findings). */
  readonly warnings: readonly Finding[];
}

/** Throws InvalidBotError, whose `findings` point at file:line:col, when the project has errors. */
export async function loadProject(
  dir: string,
  options: LoadProjectOptions = {},
): Promise<LoadedProject> {
  const projectDir = resolve(dir);
  const bot = await LiveBot.start({
    projectDir,
    mode: options.mode ?? 'start',
    ...(options.env ? { env: options.env } : {}),
    watch: false,
  });
  try {
    return {
      dir: projectDir,
      config: bot.snapshot.config,
      snapshot: bot.snapshot,
      warnings: bot.startupWarnings,
    };
  } finally {
    await bot.close();
  }
}
