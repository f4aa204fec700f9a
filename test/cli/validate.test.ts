import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, project, readRepoFile } from '../helpers/project.js';

const brokenConfig = readRepoFile('chatbot.config.yaml').replace(
  'failedAnswers: 3',
  'failedAnswer: 3',
);

describe('chatbot validate', () => {
  it('exits 0 on the demo bot and says what it checked', async () => {
    const result = await runCli(['validate', demoProject()]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('6 files checked, no problems');
    expect(result.code).toBe(0);
  });

  it('notes that an empty server.origins lets no site show the chat, without failing --strict', async () => {
    const empty = await runCli(['validate', demoProject(), '--strict']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('note: server.origins is empty');
    const listed = await runCli([
      'validate',
      demoProject({
        'chatbot.config.yaml': readRepoFile('chatbot.config.yaml').replace(
          'origins: []',
          'origins: ["https://shop.example"]',
        ),
      }),
    ]);
    expect(listed.stdout).not.toContain('server.origins');
  });

  it('validates the current directory by default', async () => {
    const result = await runCli(['validate'], { cwd: demoProject() });
    expect(result.code).toBe(0);
  });

  it('exits 1 and shows file:line:col, the key, a code frame and the hint', async () => {
    const result = await runCli(['validate', demoProject({ 'chatbot.config.yaml': brokenConfig })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'error chatbot.config.yaml:47:3 handoff.failedAnswer CONFIG_UNKNOWN_KEY',
    );
    expect(result.stdout).toContain('> 47 |   failedAnswer: 3');
    expect(result.stdout).toContain('hint: Did you mean "failedAnswers"?');
    expect(result.stdout).toMatch(/✖ 1 error, 0 warnings in \d+ files checked/);
  });

  it('prints no colour codes when not on a terminal, nor with NO_COLOR even when forced', async () => {
    const dir = demoProject({ 'chatbot.config.yaml': brokenConfig });
    const plain = await runCli(['validate', dir]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli(['validate', dir], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const noColor = await runCli(['validate', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it('fails on warnings only with --strict', async () => {
    const dir = demoProject({
      'kb/fr.json': '{"greeting":"Salut","fallback":"Désolé","blocks":[]}',
    });
    expect((await runCli(['validate', dir])).code).toBe(0);
    const strict = await runCli(['validate', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning kb/fr.json:1:1 KB_UNUSED_FILE');
  });

  it('writes machine-readable JSON with --format json', async () => {
    const result = await runCli([
      'validate',
      demoProject({ 'chatbot.config.yaml': brokenConfig }),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.findings[0]).toEqual({
      severity: 'error',
      code: 'CONFIG_UNKNOWN_KEY',
      file: 'chatbot.config.yaml',
      line: 47,
      col: 3,
      keyPath: 'handoff.failedAnswer',
      message: 'Unknown key "failedAnswer"',
      hint: 'Did you mean "failedAnswers"?',
    });
  });

  it('annotates the pull request under GitHub Actions', async () => {
    const dir = demoProject({
      'chatbot.config.yaml': brokenConfig,
      'kb/fr.json': '{"greeting":"a","fallback":"b","blocks":[]}',
    });
    const result = await runCli(['validate', dir], { env: { GITHUB_ACTIONS: 'true' } });
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=chatbot.config.yaml,line=47,col=3,title=CONFIG_UNKNOWN_KEY::Unknown key "failedAnswer"%0ADid you mean "failedAnswers"?',
      expect.stringMatching(
        /^::warning file=kb\/fr\.json,line=1,col=1,title=KB_UNUSED_FILE::kb\/fr\.json is for "fr"/,
      ),
    ]);
  });

  it('exits 1 with a clear error when there is no config', async () => {
    const result = await runCli(['validate', project({ 'README.md': '# nothing' })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CONFIG_NOT_FOUND');
    expect(result.stderr).toContain('hint: Run the command inside a bot project');
    expect(result.stderr).not.toContain('    at ');
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['validate', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['validate', '--nope'])).code).toBe(2);
    const typo = await runCli(['valdate']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean validate?');
  });
});

describe('chatbot --help and --version', () => {
  it('answers help with examples', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('init');
    const validateHelp = await runCli(['validate', '--help']);
    expect(validateHelp.stdout).toContain('chatbot validate --format json');
    expect(validateHelp.stdout).toContain('Exit codes: 0 valid, 1 errors');
  });

  it('prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result.stdout.trim()).toBe(JSON.parse(readRepoFile('package.json')).version);
  });
});
