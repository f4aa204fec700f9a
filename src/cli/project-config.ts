import { resolve } from 'node:path';
import { type LoadMode, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { ExitCode, ExitError } from '../errors/chatbot-error.js';
import { renderPretty } from '../validate/report.js';
import type { Output } from './output.js';

/** The project's config for commands that need no knowledge; an invalid one prints its findings. */
export async function loadProjectConfig(
  dir: string,
  output: Output,
  mode: LoadMode,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ projectDir: string; config: Config }> {
  const projectDir = resolve(dir);
  const loaded = await loadConfig(projectDir, { mode, env });
  if (!loaded.config) {
    output.err(
      renderPretty(loaded.findings, { projectDir, colors: output.colors, codeFrames: true }),
    );
    throw new ExitError(ExitCode.invalidInput);
  }
  return { projectDir, config: loaded.config };
}
