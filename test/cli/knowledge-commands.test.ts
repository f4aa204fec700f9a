import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, readRepoFile, tempDir } from '../helpers/project.js';

describe('chatbot test', () => {
  it('passes on the demo bot, offline, with a test-runner summary', async () => {
    const result = await runCli(['test'], {
      cwd: demoProject({
        'tests/answers.yaml': readRepoFile('tests/answers.yaml'),
        'tests/handoff-and-leads.yaml': readRepoFile('tests/handoff-and-leads.yaml'),
      }),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ Price of the Montserrat day trip \[en\]/);
    expect(result.stdout).toMatch(/^16 passed, 0 failed$/m);
  });

  it('fails, naming the case and the turn, when a KB answer it relies on is removed', async () => {
    const en = JSON.parse(readRepoFile('kb/en.json'));
    en.blocks = en.blocks.filter((block: { id: string }) => block.id !== 'cancellation');
    const dir = demoProject({
      'kb/en.json': JSON.stringify(en, null, 2),
      'tests/answers.yaml': readRepoFile('tests/answers.yaml'),
    });
    const result = await runCli(['test'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ Cancellation and refunds [en]');
    expect(result.stdout).toMatch(
      /tests\/answers\.yaml:\d+:\d+ turn 1: expected the reply to cite "cancellation"/,
    );
    expect(result.stdout).toMatch(/^8 passed, 1 failed$/m);
  });

  it('writes JUnit XML for CI', async () => {
    const dir = demoProject({ 'tests/answers.yaml': readRepoFile('tests/answers.yaml') });
    const result = await runCli(['test', '--reporter', 'junit'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="chatbot" tests="9" failures="0"/,
    );
    expect(result.stdout).toContain('<testsuite name="tests/answers.yaml" tests="9" failures="0"');
    expect(result.stdout).toContain(
      '<testcase name="Price of the Montserrat day trip" classname="tests.answers"',
    );

    const file = join(tempDir(), 'junit.xml');
    const failing = demoProject({
      'tests/t.yaml':
        'cases:\n  - name: Wrong on purpose\n    lang: en\n    turns:\n      - visitor: "How much is Montserrat?"\n        contains: "€1"\n',
    });
    const failed = await runCli(['test', '--output', file], { cwd: failing });
    expect(failed.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain(
      '<failure message="turn 1: expected the reply to contain &quot;€1&quot;">',
    );
  });

  it('points at a mistake in a test file, with the nearest block id', async () => {
    const dir = demoProject({
      'tests/t.yaml':
        'cases:\n  - name: Typo\n    turns:\n      - visitor: "Prices?"\n        cites: [day-trip]\n',
    });
    const result = await runCli(['test'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error tests/t.yaml:5:17 cases[0].turns[0].cites[0] TEST_INVALID',
    );
    expect(result.stderr).toContain('Did you mean "day-trips"?');
  });

  it('says so when there are no tests, and refuses an invalid bot with its findings', async () => {
    const none = await runCli(['test'], { cwd: demoProject() });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('TEST_NONE');
    const invalid = await runCli(['test'], {
      cwd: demoProject({
        'kb/en.json': '{',
        'tests/answers.yaml': readRepoFile('tests/answers.yaml'),
      }),
    });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('kb/en.json:1:2');
  });
});

describe('chatbot kb and chatbot prompt', () => {
  it('kb stats lists blocks, tokens and missing translations per language', async () => {
    const es = JSON.parse(readRepoFile('kb/es.json'));
    es.blocks = es.blocks.filter((block: { id: string }) => block.id !== 'gift-cards');
    const result = await runCli(['kb', 'stats', '--json'], {
      cwd: demoProject({ 'kb/es.json': JSON.stringify(es) }),
    });
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(
      stats.languages.map((l: { lang: string; blocks: number }) => [l.lang, l.blocks]),
    ).toEqual([
      ['en', 20],
      ['ru', 20],
      ['es', 19],
    ]);
    expect(stats.languages[2].missing).toEqual(['gift-cards']);
    expect(stats.languages[0].tokens).toBeGreaterThan(1000);
  });

  it('kb search ranks ids with titles and scores in the language asked', async () => {
    const result = await runCli([
      'kb',
      'search',
      'сколько стоит экскурсия в Жирону',
      '--lang',
      'ru',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[2]).toMatch(
      /^1\s+day-trips\s+Однодневные экскурсии из Барселоны и цены\s+\d+\.\d\d\s+1\.00$/,
    );
  });

  it('kb status shows the source, the version and the last error', async () => {
    const result = await runCli(['kb', 'status', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      state: 'ok',
      source: 'dir',
      location: 'kb',
      knowledgeVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    const broken = await runCli(['kb', 'status'], {
      cwd: demoProject({ 'kb/ru.json': '{"greeting": "x",}' }),
    });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('kb/ru.json:1:17 Trailing comma');
  });

  it('chatbot prompt --lang ru prints the prompt, ending with the Russian instruction', async () => {
    const result = await runCli([
      'prompt',
      '--lang',
      'ru',
      '--question',
      'Можно ли отменить поездку?',
    ]);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .endsWith(
          'Отвечай только на русском языке, даже если посетитель пишет на другом языке.\nAnswer only in Russian, even if the visitor writes in another language.',
        ),
    ).toBe(true);
    expect(result.stdout).toContain('[cancellation] Условия отмены');
    expect(result.stderr).toContain(
      'templates/system.hbs, ru, knowledge whole, cites cancellation',
    );
  });
});

describe('chatbot init scaffolds conversation tests', () => {
  it('keeps only the cases in the chosen languages, and they pass', async () => {
    const dir = join(tempDir(), 'two-langs');
    expect(
      (await runCli(['init', dir, '--languages', 'es,en', '--yes', '--no-install'])).code,
    ).toBe(0);
    const answers = readFileSync(join(dir, 'tests/answers.yaml'), 'utf8');
    expect(answers).toContain('lang: es');
    expect(answers).not.toContain('lang: ru');
    expect(existsSync(join(dir, 'tests/handoff-and-leads.yaml'))).toBe(true);
    expect(readFileSync(join(dir, '.github/workflows/chatbot.yml'), 'utf8')).toContain(
      'npx chatbot test',
    );
    const result = await runCli(['test', '--dir', dir]);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(result.code).toBe(0);
  });
});
