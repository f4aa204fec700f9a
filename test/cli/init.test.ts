import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from '../helpers/project.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

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
  }, 150_000);

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
    expect(validate.stdout).toContain('KB_UI_STRINGS');
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
  });

  it('accepts a directory holding only a fresh git repository', async () => {
    const dir = tempDir();
    await import('node:fs').then((fs) => fs.mkdirSync(join(dir, '.git')));
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
