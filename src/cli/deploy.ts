/**
 * `chatbot deploy`, `chatbot versions` and `chatbot rollback`: the bot author's side of the
 * admin API. The server does the deciding (src/deploy/deployer.ts); these build, send and
 * print what changed.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { adminRequest, BundleRefusedError, resolveTarget } from '../deploy/admin-client.js';
import { type Bundle, bundleSchema } from '../deploy/bundle.js';
import { renderChanges } from '../deploy/changes.js';
import type { DeployResult, VersionsView } from '../deploy/deployer.js';
import { serverNodeOptions } from '../deploy/node-options.js';
import { systemdUnit } from '../deploy/systemd-unit.js';
import { ChatbotError, ExitCode, ExitError } from '../errors/chatbot-error.js';
import { renderPretty, renderSummary } from '../validate/report.js';
import { buildBundle, describeBundle } from './build.js';
import { createOutput, type Output, table } from './output.js';

export interface TargetOptions {
  readonly url?: string;
  readonly dir: string;
}

export interface DeployOptions extends TargetOptions {
  readonly dryRun?: boolean;
  readonly bundle?: string;
  readonly tests?: boolean;
  readonly print?: string;
  readonly user?: string;
}

export async function runDeploy(
  targetName: string | undefined,
  options: DeployOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (options.print !== undefined)
    return printUnit(resolve(options.dir), options, createOutput(env), env);
  const { projectDir, output, target } = await connect(targetName, options, env);
  const bundle = options.bundle
    ? await readBundle(options.bundle)
    : await buildBundle(projectDir, output, { tests: options.tests !== false }, env);
  output.err(describeBundle(bundle));
  output.err(
    `${options.dryRun ? 'Checking against' : 'Deploying to'} ${target.name} (${target.url})…`,
  );
  const result = await refusalsPrinted(output, bundle.files, () =>
    adminRequest<DeployResult>(
      target,
      'POST',
      `/api/admin/deploy${options.dryRun ? '?dryRun=1' : ''}`,
      bundle,
    ),
  );
  // Grouped like `chatbot validate`'s: a large knowledge base can have thousands alike.
  if (result.warnings.length > 0)
    output.err(
      renderPretty(result.warnings, {
        projectDir: '',
        colors: output.colors,
        codeFrames: false,
        files: bundle.files,
      }),
    );
  const was = result.previous ? ` (was ${result.previous})` : '';
  output.out(
    result.dryRun
      ? `Dry run: ${target.name} would serve ${result.version}${was}. Nothing was changed.`
      : `Deployed ${result.version} to ${target.name}${was} in ${result.ms} ms.`,
  );
  for (const line of renderChanges(result.changes)) output.out(`  ${line}`);
}

export async function runVersions(
  targetName: string | undefined,
  options: TargetOptions & { json?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { output, target } = await connect(targetName, options, env);
  const view = await adminRequest<VersionsView>(target, 'GET', '/api/admin/versions');
  if (options.json) {
    output.out(JSON.stringify(view, null, 2));
    return;
  }
  const rows = [...view.versions]
    .reverse()
    .map((release) => [
      release.active ? output.colors.green('●') : ' ',
      release.version,
      release.deployedAt.replace('T', ' ').slice(0, 16),
      release.source,
      release.git
        ? `${release.git.commit.slice(0, 7)}${release.git.dirty ? '+' : ''} ${release.git.author.replace(/ <.*>$/, '')}: ${release.git.subject}`.slice(
            0,
            60,
          )
        : '',
    ]);
  output.out(table(['', 'version', 'deployed (UTC)', 'how', 'commit'], rows));
  output.out(
    `\n● serving. \`chatbot rollback\` goes back one version, \`chatbot rollback <version>\` to any.`,
  );
}

export async function runRollback(
  version: string | undefined,
  options: TargetOptions & { target?: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { output, target } = await connect(options.target, options, env);
  // The refused version's files are on the server: no local file can stand in for them.
  const result = await refusalsPrinted(output, undefined, () =>
    adminRequest<DeployResult>(target, 'POST', '/api/admin/rollback', version ? { version } : {}),
  );
  output.out(`Rolled ${target.name} back to ${result.version} (was ${result.previous ?? 'none'}).`);
  for (const line of renderChanges(result.changes)) output.out(`  ${line}`);
}

/** The project, the terminal, and the server a command talks to. */
async function connect(
  targetName: string | undefined,
  options: TargetOptions,
  env: NodeJS.ProcessEnv,
) {
  const projectDir = resolve(options.dir);
  const target = resolveTarget(await projectConfig(projectDir, env), targetName, options.url, env);
  return { projectDir, output: createOutput(env), target };
}

/** The project's config when there is one: deploy targets live there, but --url needs none. */
async function projectConfig(
  projectDir: string,
  env: NodeJS.ProcessEnv,
): Promise<Config | undefined> {
  const loaded = await loadConfig(projectDir, { mode: 'validate', env }).catch(() => undefined);
  return loaded?.config;
}

async function readBundle(path: string): Promise<Bundle> {
  const parsed = bundleSchema.safeParse(JSON.parse(await readFile(resolve(path), 'utf8')));
  if (!parsed.success)
    throw new ChatbotError('USAGE', `${path} is not a bundle from \`chatbot build\``);
  return parsed.data as Bundle;
}

/**
 * A bot the server refused: its findings, printed as `chatbot validate` prints them, with the
 * lines of the files that were sent (the bundle), not of whatever the project holds now.
 */
async function refusalsPrinted<T>(
  output: Output,
  sent: Bundle['files'] | undefined,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof BundleRefusedError)) throw error;
    output.err(
      renderPretty(error.findings, {
        projectDir: '',
        colors: output.colors,
        codeFrames: sent !== undefined,
        files: sent ?? {},
      }),
    );
    output.err(
      renderSummary(error.findings, sent ? Object.keys(sent).length : 0, output.colors).replace(
        / in 0 files checked/,
        '',
      ),
    );
    output.err(`The server refused it: ${error.message}.`);
    throw new ExitError(ExitCode.invalidInput);
  }
}

async function printUnit(
  projectDir: string,
  options: DeployOptions,
  output: Output,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (options.print !== 'systemd')
    throw new ChatbotError('USAGE', `Cannot print "${options.print}"`, {
      hint: 'chatbot deploy --print systemd > chatbot.service',
    });
  const config = await projectConfig(projectDir, env);
  const grace = config?.server.shutdownGrace ?? 10_000;
  output.out(
    systemdUnit({
      name: config?.name ?? 'bot',
      projectDir,
      dataDir: resolve(projectDir, config?.storage.dir ?? 'data'),
      node: process.execPath,
      nodeOptions: serverNodeOptions(),
      bin: fileURLToPath(new URL('../../bin/chatbot.js', import.meta.url)),
      user: options.user ?? userInfo().username,
      stopSeconds: Math.ceil(grace / 1000) + 10,
    }).trimEnd(),
  );
}
