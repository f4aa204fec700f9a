import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cancel, intro, isCancel, outro, text } from '@clack/prompts';
import { ExitError } from '../errors/chatbot-error.js';
import {
  fallbackIdentity,
  type RepositoryOutcome,
  startRepository,
} from '../scaffold/git-repository.js';
import {
  assertInitTarget,
  defaultBotName,
  initProject,
  parseLanguageList,
} from '../scaffold/init-project.js';
import { installDependencies } from '../scaffold/install.js';
import { packageVersion } from './main.js';
import { createOutput } from './output.js';

export interface InitCommandOptions {
  readonly name?: string;
  readonly languages?: string;
  readonly yes?: boolean;
  readonly force?: boolean;
  /** commander's --no-install sets this to false. */
  readonly install?: boolean;
}

const defaultLanguages = 'en,ru,es';

export async function runInit(dir: string, options: InitCommandOptions): Promise<void> {
  const output = createOutput();
  const targetDir = resolve(dir);
  // Questions only for a person at a terminal; scripts and CI get the defaults.
  const interactive = Boolean(process.stdin.isTTY) && !options.yes;

  let name = options.name;
  let languages = options.languages;
  if (interactive && (name === undefined || languages === undefined)) {
    intro('Create a chatbot project');
    // Refuse before asking anything: the answers would be wasted.
    await assertInitTarget(targetDir, options.force);
    name ??= await ask('Bot or company name', defaultBotName(targetDir));
    languages ??= await ask('Languages, the default first', defaultLanguages, (value) => {
      try {
        parseLanguageList(value || defaultLanguages);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    });
  }

  const result = await initProject({
    targetDir,
    name: name ?? defaultBotName(targetDir),
    languages: parseLanguageList(languages || defaultLanguages),
    ...(options.force ? { force: true } : {}),
    version: packageVersion(),
  });

  const c = output.colors;
  const shown = dir === '.' ? '.' : dir;
  const summary = `${c.green('✔')} Created ${result.files.length} files in ${shown}`;
  if (interactive) outro(summary);
  else output.out(summary);
  output.out(result.files.map((file) => `  ${c.dim(file)}`).join('\n'));

  let installed = false;
  if (options.install !== false) {
    output.out(`\nInstalling dependencies (npm install)…`);
    installed = await installDependencies(
      targetDir,
      (chunk) => process.stderr.write(c.dim(chunk)),
      { linked: result.linked },
    );
    if (!installed)
      output.err(c.yellow('npm install failed; run it yourself in the project directory.'));
  }
  // After the install, so the first commit holds the lockfile too.
  const lockfile = existsSync(join(targetDir, 'package-lock.json')) ? ['package-lock.json'] : [];
  const repository = await startRepository(targetDir, [...result.files, ...lockfile]);
  const said = repositoryMessage(repository);
  if (repository.kind === 'created') output.out(`\n${c.green('✔')} ${said}`);
  else output.err(`\n${c.yellow(said)}`);
  const steps = [
    dir === '.' ? '' : `  cd ${dir}`,
    installed ? '' : '  npm install',
    '  npx chatbot validate',
  ].filter(Boolean);
  output.out(`\nNext:\n${steps.join('\n')}\n`);
}

function repositoryMessage(outcome: RepositoryOutcome): string {
  switch (outcome.kind) {
    case 'created':
      return outcome.fallbackIdentity
        ? `Started a git repository (branch ${outcome.branch}) with a first commit, made as "${fallbackIdentity.name}" because git has no user.name/user.email yet: set them with git config.`
        : `Started a git repository (branch ${outcome.branch}) with a first commit.`;
    case 'inside':
      return `No git repository started: the project is inside the one at ${outcome.root}. Commit its files there when ready.`;
    case 'no-git':
      return 'No git repository started: git was not found. Install git and run `git init` in the project to keep the bot as code.';
    case 'failed':
      return `The git repository could not be started: ${outcome.message}`;
  }
}

async function ask(
  message: string,
  initialValue: string,
  validate?: (value: string) => string | undefined,
): Promise<string> {
  const answer = await text({
    message,
    initialValue,
    ...(validate ? { validate: (value) => validate(value ?? '') } : {}),
  });
  if (isCancel(answer)) {
    cancel('Nothing was written.');
    throw new ExitError(130);
  }
  return answer;
}
