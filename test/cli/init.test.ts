import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from '../helpers/project.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const git = (dir: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).trim();

/** Every file of the project, but git's own and the installed packages. */
function projectFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !/^(\.git|node_modules)\//.test(path));
}

/** A git with no user.name or user.email anywhere: a fresh machine's. */
function noGitIdentity(): Record<string, string> {
  return { HOME: tempDir(), GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: tempDir() };
}

describe('chatbot init', () => {
  it('scaffolds a project that validates, installs offline and runs its own chatbot', async () => {
    const dir = join(tempDir(), 'my-bot');
    const init = await runCli(['init', dir, '--yes'], { timeoutMs: 120_000 });
    expect(init.code).toBe(0);
    for (const file of [
      'chatbot.config.yaml',
      'kb/en.json',
      'kb/ru.json',
      'kb/es.json',
      'templates/system.hbs',
      'templates/partials/handoff.hbs',
      '.gitignore',
      '.env.example',
      'README.md',
      'package.json',
      '.github/workflows/chatbot.yml',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(manifest.name).toBe('my-bot');
    expect(manifest.dependencies.chatbot).toBe(`file:${repoRoot.replace(/\/$/, '')}`);
    // npm linked this checkout, so the project's own binary is this chatbot.
    expect(existsSync(join(dir, 'node_modules/.bin/chatbot'))).toBe(true);
    const validate = await runCli(['validate', '--strict'], { cwd: dir });
    expect(validate.stdout).toContain('no problems');
    expect(validate.code).toBe(0);
    // One first commit holds the whole project, lockfile included; nothing is left out.
    expect(init.stdout).toContain('Started a git repository');
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(git(dir, ['ls-files'])).toContain('package-lock.json');
  }, 150_000);

  it("puts the bot's name wherever the demo's business name stood, in every language", async () => {
    const dir = join(tempDir(), 'yes');
    const init = await runCli(['init', dir, '--name', 'Bot Yes', '--yes', '--no-install']);
    expect(init.code).toBe(0);
    const files = projectFiles(dir);
    expect(files).toContain('kb/ru.json');
    for (const file of files) {
      expect(read(dir, file), file).not.toMatch(/sol y mar|solymar/i);
    }
    expect(JSON.parse(read(dir, 'kb/en.json')).greeting).toContain('Bot Yes assistant');
    expect(JSON.parse(read(dir, 'kb/es.json')).greeting).toContain('asistente de Bot Yes');
    expect(JSON.parse(read(dir, 'kb/ru.json')).greeting).toContain('Я ассистент Bot Yes');
    expect(JSON.parse(read(dir, 'kb/en.json')).fallback).toContain('hello@bot-yes.example');
    expect(read(dir, 'chatbot.config.yaml')).toContain('"Hi, this is the Bot Yes team.');
    expect((await runCli(['validate', dir, '--strict'])).code).toBe(0);
  });

  it('keeps quotes and backslashes in a name valid in the knowledge and the config', async () => {
    const dir = join(tempDir(), 'quoted');
    const name = 'Say "Hi" \\ Co';
    expect((await runCli(['init', dir, '--name', name, '--yes', '--no-install'])).code).toBe(0);
    expect(JSON.parse(read(dir, 'kb/en.json')).greeting).toContain(`the ${name} assistant`);
    expect(read(dir, 'chatbot.config.yaml')).toContain('Say \\"Hi\\"');
    expect((await runCli(['validate', dir, '--strict'])).code).toBe(0);
  });

  it('makes the first commit on a machine where git knows no user, without configuring one', async () => {
    const dir = join(tempDir(), 'fresh');
    const env = noGitIdentity();
    const init = await runCli(['init', dir, '--yes', '--no-install'], { env });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('git has no user.name/user.email yet');
    expect(git(dir, ['rev-list', '--count', 'HEAD'], env)).toBe('1');
    expect(git(dir, ['log', '-1', '--format=%an <%ae>'], env)).toBe(
      'chatbot init <chatbot-init@localhost>',
    );
    expect(git(dir, ['branch', '--show-current'], env)).toBe('main');
    // The identity was for that commit only: the repository has none of its own.
    expect(() => git(dir, ['config', '--local', 'user.name'], env)).toThrow();
  });

  it('starts no repository inside an existing one, and says so', async () => {
    const outer = tempDir();
    git(outer, ['init', '--quiet']);
    const dir = join(outer, 'bots', 'inner');
    const init = await runCli(['init', dir, '--yes', '--no-install']);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain(`inside the one at ${outer}`);
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('says how to start the repository when git is not installed', async () => {
    const dir = join(tempDir(), 'no-git');
    const emptyPath = tempDir();
    const init = await runCli(['init', dir, '--yes', '--no-install'], { env: { PATH: emptyPath } });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('git was not found');
    expect(existsSync(join(dir, 'chatbot.config.yaml'))).toBe(true);
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('names the bot, keeps only the chosen languages and points editors at the schemas', async () => {
    const dir = join(tempDir(), 'acme');
    const init = await runCli([
      'init',
      dir,
      '--name',
      'Acme Travel',
      '--languages',
      'es,en',
      '--no-install',
    ]);
    expect(init.code).toBe(0);
    const config = read(dir, 'chatbot.config.yaml');
    expect(config.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/chatbot/schema/config.schema.json',
    );
    expect(config).toContain('name: Acme Travel');
    expect(config).toContain('default: es');
    expect(config).toContain('supported: [ es, en ]');
    expect(config).not.toContain('оператор');
    expect(config).toContain('# Tried in order.'); // comments survive
    expect(existsSync(join(dir, 'kb/ru.json'))).toBe(false);
    expect(JSON.parse(read(dir, 'kb/es.json')).$schema).toBe(
      '../node_modules/chatbot/schema/kb.schema.json',
    );
    expect(read(dir, '.env.example')).toContain('OPENAI_API_KEY=');
    expect(read(dir, '.gitignore')).toMatch(/^data\/$/m);
    expect(read(dir, '.gitignore')).toMatch(/^\.env$/m);
    expect(read(dir, '.github/workflows/chatbot.yml')).toContain('npx chatbot validate --strict');
    expect((await runCli(['validate', dir, '--strict'])).code).toBe(0);
  });

  it.each([
    ['en,de', ['en', 'de']],
    ['fr,it', ['fr', 'it']],
    ['ru', ['ru']],
  ])(
    'passes its own CI checks when made with --languages %s',
    async (list, languages) => {
      const dir = join(tempDir(), 'bot');
      expect((await runCli(['init', dir, '--languages', list, '--yes', '--no-install'])).code).toBe(
        0,
      );
      // What .github/workflows/chatbot.yml runs on every pull request.
      const workflow = read(dir, '.github/workflows/chatbot.yml');
      expect(workflow).toContain('npx chatbot validate --strict');
      expect(workflow).toContain('npx chatbot test --output chatbot-tests.xml');
      const validate = await runCli(['validate', '--strict'], { cwd: dir });
      expect(validate.stdout).toContain('no problems');
      expect(validate.code).toBe(0);
      const tests = await runCli(['test', '--output', 'chatbot-tests.xml'], {
        cwd: dir,
        timeoutMs: 60_000,
      });
      expect(tests.stdout, tests.stderr).toMatch(/\d+ passed, 0 failed/);
      expect(tests.code).toBe(0);
      // Every language it was made with is tested, not only those the demo has knowledge in.
      for (const lang of languages) expect(tests.stdout).toContain(`[${lang}]`);
      const evalStep = /npx chatbot eval[^\n]*/.exec(workflow)![0].split(' ').slice(2);
      const evaluated = await runCli(evalStep, { cwd: dir, timeoutMs: 60_000 });
      expect(evaluated.stderr).toBe('');
      expect(evaluated.code).toBe(0);
      for (const lang of languages)
        expect(evaluated.stdout).toMatch(new RegExp(`questions\\s+${lang}\\s`));
    },
    120_000,
  );

  it('marks knowledge copied into a language the demo lacks, and validate warns once the mark goes', async () => {
    const dir = join(tempDir(), 'de-bot');
    expect(
      (await runCli(['init', dir, '--languages', 'de,en', '--yes', '--no-install'])).code,
    ).toBe(0);
    const german = read(dir, 'kb/de.json');
    expect(JSON.parse(german).translateFrom).toBe('en');
    writeFileSync(join(dir, 'kb/de.json'), german.replace(/\n {2}"translateFrom": "en",/, ''));
    const validate = await runCli(['validate', dir]);
    expect(validate.code).toBe(0);
    // German widget texts are built in: only the copied knowledge is still English.
    expect(validate.stdout).not.toContain('KB_UI_STRINGS');
    expect(validate.stdout).toMatch(/KB_WRONG_LANGUAGE/);
    expect(validate.stdout).toContain('reads like English (en), not German (de)');
  });

  it('refuses a non-empty directory without --force, and writes into it with --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = await runCli(['init', dir, '--yes', '--no-install']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('INIT_NOT_EMPTY');
    expect(existsSync(join(dir, 'chatbot.config.yaml'))).toBe(false);
    const forced = await runCli(['init', dir, '--yes', '--force', '--no-install']);
    expect(forced.code).toBe(0);
    expect(read(dir, 'notes.txt')).toBe('mine');
    // The first commit is what init wrote; the owner's own file is theirs to add.
    expect(git(dir, ['ls-files'])).toContain('chatbot.config.yaml');
    expect(git(dir, ['ls-files'])).not.toContain('notes.txt');
  });

  it('accepts a directory holding only a fresh git repository', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    expect((await runCli(['init', dir, '--yes', '--no-install'])).code).toBe(0);
  });

  it('refuses an invalid language list as a usage error', async () => {
    const result = await runCli([
      'init',
      join(tempDir(), 'x'),
      '--languages',
      'english',
      '--no-install',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('INIT_INVALID_ANSWER');
  });

  it('asks nothing when stdin is not a terminal', async () => {
    const dir = join(tempDir(), 'quiet-bot');
    const result = await runCli(['init', dir, '--no-install']);
    expect(result.code).toBe(0);
    expect(read(dir, 'chatbot.config.yaml')).toContain('name: Quiet Bot');
  });
});
