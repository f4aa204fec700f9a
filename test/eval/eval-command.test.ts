import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLlmFake } from '../fakes/llm-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, repoRoot, tempDir } from '../helpers/project.js';

/** A small labelled set on the demo bot: each outcome the report distinguishes appears once. */
const smallSet = `questions:
  - lang: en
    q: How much is the Montserrat trip?
    expect: [day-trips]
    contains: "€69"
  - lang: en
    q: Can I cancel my trip and get my money back?
    expect: [day-trips]
  - lang: en
    q: How much is the Montserrat trip?
    expect: [day-trips]
    contains: "€1000"
  - lang: es
    q: ¿Cuánto cuesta Montserrat?
    expect: [day-trips]
  - lang: en
    q: Do you sell bicycle insurance policies for Zanzibar?
    expect: none
dialogues:
  - name: Montserrat then cancelling
    lang: en
    turns:
      - q: How much is the Montserrat day trip?
        expect: [day-trips]
      - q: Can I cancel my trip and get my money back?
        expect: [cancellation]
`;

describe('chatbot eval', () => {
  it('labels every answer and prints the figures per kind and language, with each miss and what won', async () => {
    const dir = demoProject({ 'eval/set.yaml': smallSet });
    const result = await runCli(['eval'], { cwd: dir, timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    // The cancellation question labelled with the wrong block, and a "contains" the answer lacks.
    expect(result.stdout).toContain('Misses (2)');
    expect(result.stdout).toMatch(/eval\/set\.yaml:7:8 \[en\] "Can I cancel my trip/);
    expect(result.stdout).toContain(
      'answered from the wrong block; expected day-trips, cited cancellation',
    );
    expect(result.stdout).toContain('missing: "€1000"');
    expect(result.stdout).toMatch(
      /questions\s+en\s+1\/3 \(33\.3%\)\s+2\s+0\s+0\s+1\/1 \(100\.0%\)/,
    );
    expect(result.stdout).toMatch(/questions\s+es\s+1\/1 \(100\.0%\)/);
    expect(result.stdout).toMatch(/dialogues\s+en\s+2\/2 \(100\.0%\)/);
  });

  it('names the words of a missed question that the knowledge never uses', async () => {
    const dir = demoProject({
      'eval/set.yaml': `questions:
  - lang: en
    q: Is my trip covered if a hurricane hits Zanzibar? my email is ana@example.com
    expect: [insurance]
  - lang: en
    q: How much is the Montserrat trip?
    expect: [day-trips]
`,
    });
    const result = await runCli(['eval', '--format', 'json'], { cwd: dir, timeoutMs: 60_000 });
    const report = JSON.parse(result.stdout) as {
      misses: Array<{ question: string; unknown?: string[] }>;
    };
    // Only the miss carries them, and the e-mail address is not among them: it is no question.
    expect(report.misses).toHaveLength(1);
    expect(report.misses[0]!.unknown).toEqual(expect.arrayContaining(['hurricane', 'zanzibar']));
    expect(report.misses[0]!.unknown!.join(' ')).not.toMatch(/ana|example/);
    const text = await runCli(['eval'], { cwd: dir, timeoutMs: 60_000 });
    expect(text.stdout).toMatch(/not in the knowledge: .*"zanzibar"/);
  });

  it('exits 1 naming each threshold missed, and 0 when they are met', async () => {
    const dir = demoProject({ 'eval/set.yaml': smallSet });
    const failing = await runCli(['eval', '--min-right', '90', '--max-wrong', '10'], {
      cwd: dir,
      timeoutMs: 60_000,
    });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(
      'right answers of answerable questions: 50.0%, below the minimum 90.0%',
    );
    expect(failing.stderr).toContain(
      'wrong answers of answers given: 33.3%, above the maximum 10.0%',
    );
    expect(failing.stderr).toContain('EVAL_BELOW_THRESHOLD');
    const passing = await runCli(['eval', '--min-right', '50', '--min-refusal', '100'], {
      cwd: dir,
      timeoutMs: 60_000,
    });
    expect(passing.code).toBe(0);
  });

  it('counts a "did you mean…" that offers the answering block apart from a flat refusal', async () => {
    // Every answer falls in the "did you mean…" band: the offered topics are what is measured.
    const config = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8');
    const dir = demoProject({
      'chatbot.config.yaml': `${config}\nretrieval:\n  minConfidence: 0.99\n  minClarifyConfidence: 0\n`,
      'eval/set.yaml': `questions:
  - lang: en
    q: How much is the Montserrat day trip?
    expect: [day-trips]
  - lang: en
    q: How much is the Montserrat day trip?
    expect: [weather]
`,
    });
    const json = await runCli(['eval', '--format', 'json'], { cwd: dir, timeoutMs: 60_000 });
    const report = JSON.parse(json.stdout) as {
      scores: Array<{
        kind: string;
        lang: string;
        score: { right: number; wrongRefusals: number; offered: number };
        rates: { reached: number };
      }>;
      misses: Array<{ expect: string[]; offered?: string[] }>;
    };
    const all = report.scores.find((row) => row.kind === 'questions' && row.lang === 'all')!;
    expect(all.score).toMatchObject({ right: 0, wrongRefusals: 2, offered: 1 });
    expect(all.rates.reached).toBe(0.5);
    expect(report.misses[0]!.offered).toContain('day-trips');
    expect(report.misses[1]!.offered).not.toContain('weather');

    const pretty = await runCli(['eval', '--min-reached', '50'], { cwd: dir, timeoutMs: 60_000 });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toMatch(/asked "did you mean…", offering the answer: .*day-trips/);
    expect(pretty.stdout).toMatch(/asked "did you mean…", offering: (?!.*weather)/);
    expect(pretty.stdout).toContain(
      'Right, or one click away (a "did you mean…" button that answers): 1/2',
    );
    const failing = await runCli(['eval', '--min-reached', '60'], { cwd: dir, timeoutMs: 60_000 });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(
      'right answers or "did you mean…" offering one, of answerable questions and turns: 50.0%, below the minimum 60.0%',
    );
  });

  it('writes JSON and JUnit for CI', async () => {
    const dir = demoProject({ 'eval/set.yaml': smallSet });
    const json = await runCli(['eval', '--format', 'json', '--min-top1', '99'], {
      cwd: dir,
      timeoutMs: 60_000,
    });
    const report = JSON.parse(json.stdout);
    expect(report.passed).toBe(false);
    expect(report.thresholdsMissed).toEqual([expect.stringMatching(/^retrieval top-1: /)]);
    expect(report.misses).toHaveLength(2);
    expect(report.scores[0]).toMatchObject({
      kind: 'questions',
      lang: 'en',
      score: { answerable: 3, right: 1 },
    });

    const file = join(tempDir(), 'junit.xml');
    const junit = await runCli(['eval', '--output', file], { cwd: dir, timeoutMs: 60_000 });
    expect(junit.code).toBe(0);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<testsuites name="chatbot eval" tests="7" failures="2">');
    expect(xml).toContain(
      '<failure message="answered from the wrong block; expected day-trips, cited cancellation">',
    );
  });

  it('points at a label naming no block, with the nearest id, and at a set with no questions', async () => {
    const dir = demoProject({
      'eval/set.yaml': 'questions:\n  - lang: ru\n    q: Сколько стоит?\n    expect: [day-trip]\n',
    });
    const result = await runCli(['eval'], { cwd: dir, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('EVAL_INVALID');
    expect(result.stderr).toMatch(/eval\/set\.yaml:4:14/);
    expect(result.stderr).toContain('No block has the id "day-trip"');
    expect(result.stderr).toContain('Did you mean "day-trips"?');

    const empty = await runCli(['eval'], {
      cwd: demoProject({ 'eval/set.yaml': 'questions: []\n' }),
      timeoutMs: 60_000,
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('needs `questions`, `dialogues` or both');
    const none = await runCli(['eval'], { cwd: demoProject(), timeoutMs: 60_000 });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('EVAL_NONE');
  });

  it('reads a folder named on the command line as its sets, and names a missing file or a bot project given as a set', async () => {
    const dir = demoProject({
      'sets/prices.yaml': smallSet,
      'other-bot/chatbot.config.yaml': 'name: Other\n',
    });
    const folder = await runCli(['eval', 'sets'], { cwd: dir, timeoutMs: 60_000 });
    expect(folder.code).toBe(0);
    expect(folder.stdout).toMatch(/dialogues\s+en\s+2\/2 \(100\.0%\)/);

    const missing = await runCli(['eval', 'sets/nope.yaml'], { cwd: dir, timeoutMs: 60_000 });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FILE_NOT_FOUND');
    expect(missing.stderr).toContain('sets/nope.yaml does not exist');

    const project = await runCli(['eval', 'other-bot'], { cwd: dir, timeoutMs: 60_000 });
    expect(project.code).toBe(2);
    expect(project.stderr).toContain('other-bot is a bot project, not a folder of sets');
    expect(project.stderr).toContain('-C other-bot');
    expect(`${missing.stderr}${project.stderr}`).not.toContain('unexpected error');
  });

  it('with --sweep, scores the sets at other confidence thresholds beside the configured one', async () => {
    // A question answered at about 0.8, so the strictest thresholds answer fewer right.
    const sweepSet = smallSet.replace(
      'dialogues:',
      '  - lang: en\n    q: where do we meet for the day trip?\n    expect: [pickup]\ndialogues:',
    );
    const dir = demoProject({ 'eval/set.yaml': sweepSet });
    const pretty = await runCli(['eval', '--sweep'], { cwd: dir, timeoutMs: 60_000 });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('At other thresholds (retrieval.minConfidence');
    expect(pretty.stdout).toMatch(/^0\.7 ←\s+60\.0%\s+100\.0%\s+\d+\.\d%\s+100\.0%/m);
    expect(pretty.stdout).toMatch(/^0\.5\s+\d/m);
    expect(pretty.stdout).toMatch(/^0\.9\s+\d/m);

    const json = await runCli(['eval', '--sweep', '--format', 'json'], {
      cwd: dir,
      timeoutMs: 60_000,
    });
    const { sweep } = JSON.parse(json.stdout) as {
      sweep: Array<{
        minConfidence: number;
        configured: boolean;
        questions: { right: number };
        all: { refusal: number };
      }>;
    };
    expect(sweep.map((row) => row.minConfidence)).toEqual([
      0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9,
    ]);
    expect(sweep.filter((row) => row.configured).map((row) => row.minConfidence)).toEqual([0.7]);
    // A stricter threshold answers less: never more right answers, never fewer refusals.
    expect(sweep.at(-1)!.questions.right).toBeLessThanOrEqual(sweep[0]!.questions.right);
    expect(sweep.at(-1)!.all.refusal).toBeGreaterThanOrEqual(sweep[0]!.all.refusal);
    expect(sweep.at(-1)!.questions.right).toBeLessThan(sweep[4]!.questions.right);

    const live = await runCli(['eval', '--sweep', '--live'], { cwd: dir, timeoutMs: 60_000 });
    expect(live.code).toBe(2);
    expect(live.stderr).toContain('--sweep');
  });

  it('refuses --judge without --live, as a usage error', async () => {
    const result = await runCli(['eval', '--judge'], {
      cwd: demoProject({ 'eval/set.yaml': smallSet }),
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--judge asks the configured model, so it needs --live');
  });

  it('with --live --judge, asks the configured model whether each answer is supported by its blocks', async () => {
    const fake = await startLlmFake(
      'openai',
      { kind: 'text', chunks: ['The Montserrat day trip costs €69.'] },
      { kind: 'text', chunks: ['SUPPORTED'] },
      { kind: 'text', chunks: ['Cancelling is free up to a year before.'] },
      { kind: 'text', chunks: ['UNSUPPORTED'] },
    );
    cleanupAfterTest(() => fake.close());
    const dir = demoProject({
      'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai:
  cascade:
    - provider: openai
      model: gpt-test
      apiKey: \${FAKE_OPENAI_KEY}
      baseURL: ${fake.baseURL}
      timeouts: { firstToken: 20s, idle: 20s, total: 60s }
    - provider: offline
`,
      'eval/set.yaml': `questions:
  - lang: en
    q: How much is the Montserrat trip?
    expect: [day-trips]
  - lang: en
    q: Can I cancel my trip and get my money back?
    expect: [cancellation]
`,
    });
    const result = await runCli(['eval', '--live', '--judge'], {
      cwd: dir,
      env: { FAKE_OPENAI_KEY: 'sk-test' },
      timeoutMs: 120_000,
    });
    expect(result.stderr).toContain('Live: openai/gpt-test → offline');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Judge: 1 of 2 answers supported by the blocks they cite');
    expect(result.stdout).toContain('"Cancelling is free up to a year before."');
    expect(fake.requests).toHaveLength(4);
    const judgeRequest = JSON.stringify(fake.requests[3]!.body);
    expect(judgeRequest).toContain('Cited blocks');
    expect(judgeRequest).toContain('[cancellation]');
  });
});
