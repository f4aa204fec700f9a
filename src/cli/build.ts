/**
 * `chatbot build`: validates, runs the conversation tests, and packs the bot into a bundle.
 * `chatbot deploy` builds the same way before it ships, so what reaches a server has passed
 * both checks here first (and is validated again there).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { findTestFiles } from '../conversation-tests/load.js';
import { type Bundle, collectBotFiles, createBundle } from '../deploy/bundle.js';
import { gitInfo } from '../deploy/git-info.js';
import { InvalidBotError } from '../snapshot/live-bot.js';
import { loadBot } from './load-bot.js';
import { createOutput, type Output } from './output.js';
import { runTests } from './test.js';

export interface BuildOptions {
  /** Skip the conversation tests (validation always runs). */
  readonly tests?: boolean;
  readonly out?: string;
}

/** Validates and tests the project, then packs it; failures print and exit 1. */
export async function buildBundle(
  projectDir: string,
  output: Output,
  options: { tests?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Bundle> {
  // Validation: the same findings and exit code as `chatbot validate`.
  await (await loadBot(projectDir, output, env)).close();
  if (options.tests !== false) {
    if ((await findTestFiles(projectDir, [])).length > 0) {
      output.err('Conversation tests:');
      await runTests(projectDir, [], { reporter: 'pretty' }, env);
    } else output.err('No conversation tests in tests/: packing without them.');
  }
  const loaded = await loadConfig(projectDir, { mode: 'validate', env });
  if (!loaded.config) throw new InvalidBotError(loaded.findings);
  const files = await collectBotFiles(projectDir, loaded.config);
  const git = await gitInfo(projectDir, Object.keys(files));
  return createBundle(files, git);
}

export async function runBuild(dir: string, options: BuildOptions): Promise<void> {
  const projectDir = resolve(dir);
  const output = createOutput();
  const bundle = await buildBundle(projectDir, output, options);
  const path = resolve(
    options.out ?? join(projectDir, '.chatbot', `bundle-${bundle.version}.json`),
  );
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(bundle)}\n`);
  output.out(describeBundle(bundle));
  output.out(`Written to ${relative(process.cwd(), path) || path}`);
}

export function describeBundle(bundle: Bundle): string {
  const files = Object.keys(bundle.files).length;
  const git = bundle.git
    ? ` from ${bundle.git.commit.slice(0, 7)}${bundle.git.dirty ? ' (with uncommitted changes)' : ''} by ${bundle.git.author}`
    : '';
  return `Bundle ${bundle.version}: ${files} file${files === 1 ? '' : 's'}${git}`;
}
