import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, lineOf, project, readRepoFile } from '../helpers/project.js';

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

  it('takes the project as -C like the commands that have no [dir], but not as both', async () => {
    const dir = demoProject();
    const flagged = await runCli(['validate', '-C', dir]);
    expect(flagged.code).toBe(0);
    expect(flagged.stdout).toContain('6 files checked, no problems');
    const broken = demoProject({ 'chatbot.config.yaml': brokenConfig });
    expect((await runCli(['validate', '-C', broken])).code).toBe(1);
    const both = await runCli(['validate', dir, '-C', broken]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Two project directories');
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

  it('refuses a variable in a visible text, and the server secrets anywhere, at file:line:col', async () => {
    const config = readRepoFile('chatbot.config.yaml')
      .replace('name: Sol y Mar Tours', 'name: "Bot ${CHATBOT_ADMIN_TOKEN}"')
      .replace('  color: "#0f766e"', '  color: "#0f766e"\n  title: "${WIDGET_TITLE}"');
    const dir = demoProject({ 'chatbot.config.yaml': config });
    const result = await runCli(['validate', dir], {
      env: { CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef', WIDGET_TITLE: 'Hi' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `error chatbot.config.yaml:${lineOf(config, 'name: "Bot')}:7 name CONFIG_ENV_RESERVED`,
    );
    expect(result.stdout).toContain(
      `error chatbot.config.yaml:${lineOf(config, 'title: "${WIDGET')}:10 widget.title CONFIG_ENV_NOT_ALLOWED`,
    );
    expect(result.stdout).toContain(
      'widget.title does not take environment variables: ${WIDGET_TITLE} could publish a secret there',
    );
    expect(result.stdout).not.toContain('admin-token-0123456789abcdef');
    expect(result.stdout).toMatch(/✖ 2 errors, 0 warnings in \d+ files checked/);
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

describe('chatbot validate on a large or broken project', () => {
  it('groups thousands of alike warnings with a count and examples, and ends with a summary', async () => {
    const knowledge = JSON.parse(readRepoFile('kb/en.json'));
    const first = knowledge.blocks.length;
    const paragraph =
      'Our guides meet every group at the office before the tour starts, with water, maps and a first aid kit. ';
    for (let i = 0; i < 2000; i++)
      knowledge.blocks.push({
        id: `generated-${i}`,
        title: `Generated page ${i}`,
        body: `<p>${paragraph.repeat(24)}</p>`,
      });
    const text = JSON.stringify(knowledge, null, 2);
    expect(text.length).toBeGreaterThan(5_000_000);
    const dir = demoProject({ 'kb/en.json': text });

    const result = await runCli(['validate', dir], { timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(40);
    expect(result.stdout).toContain('warning 2,000 alike KB_MISSING_TRANSLATION');
    expect(result.stdout).toContain(
      `kb/en.json:${lineOf(text, '"id": "generated-0"')}:13 blocks[${first}].id Block "generated-0" has no ru, es translation`,
    );
    expect(result.stdout).toContain('> 4'); // the first example's code frame
    expect(result.stdout).toContain('… and 1,997 more like these');
    expect(lines.at(-1)).toBe('⚠ 0 errors, 2,000 warnings in 6 files checked');

    const json = JSON.parse(
      (await runCli(['validate', dir, '--format', 'json'], { timeoutMs: 120_000 })).stdout,
    );
    expect(json.findings).toHaveLength(2000);
    const github = await runCli(['validate', dir], {
      env: { GITHUB_ACTIONS: 'true' },
      timeoutMs: 120_000,
    });
    const annotations = github.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(4);
    expect(annotations[3]).toBe(
      '::warning title=KB_MISSING_TRANSLATION::1,997 more like these; `chatbot validate --format json` lists every one',
    );
  }, 360_000);

  it('reports a tab in the YAML once, and no knowledge file as unused because of it', async () => {
    const config = readRepoFile('chatbot.config.yaml');
    const tabbed = config.replace('  sentimentThreshold', '\tsentimentThreshold');
    const result = await runCli(['validate', demoProject({ 'chatbot.config.yaml': tabbed })]);
    expect(result.code).toBe(1);
    const line = lineOf(config, 'sentimentThreshold');
    expect(result.stdout).toContain(`error chatbot.config.yaml:${line}:1 CONFIG_SYNTAX`);
    expect(result.stdout).toContain('A tab indents this line: YAML indents with spaces only');
    expect(result.stdout).toContain('hint: Replace the tab with spaces');
    expect(result.stdout).not.toContain('KB_UNUSED_FILE');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^✖ 1 error, 0 warnings in \d+ files checked$/,
    );
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
