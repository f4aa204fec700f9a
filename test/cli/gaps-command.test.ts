import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { GapRecord } from '../../src/store/gap-log.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/project.js';

function withGaps(dir: string, questions: Array<[lang: string, question: string]>): void {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const records: GapRecord[] = questions.map(([lang, question], index) => ({
    at: new Date(Date.now() - index * 60_000).toISOString(),
    conversationId: index.toString(16).padStart(32, '0'),
    lang,
    question,
    reason: 'refused',
  }));
  writeFileSync(
    join(dir, 'data', 'gaps.log'),
    records.map((record) => `${JSON.stringify(record)}\n`).join(''),
  );
}

const questions: Array<[string, string]> = [
  ['en', 'do you have wifi on the bus?'],
  ['en', 'is there wifi on the bus'],
  ['en', 'wifi on bus?'],
  ['en', 'are drones allowed'],
  ['ru', 'есть ли вайфай в автобусе?'],
];

describe('chatbot gaps', () => {
  it('lists grouped questions per language, most asked first, with the closest block', async () => {
    const dir = demoProject();
    withGaps(dir, questions);
    const json = await runCli(['gaps', '--format', 'json', '-C', dir]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.records).toBe(5);
    expect(report.groups[0]).toMatchObject({ lang: 'en', count: 3 });
    expect(report.groups[0].closest.id).toMatch(/\w/);
    const ru = await runCli(['gaps', '--lang', 'ru', '-C', dir]);
    expect(ru.stdout).toContain('есть ли вайфай в автобусе?');
    expect(ru.stdout).not.toContain('wifi on bus');
  });

  it('--draft writes blocks that validate then refuses only for their TODO; --eval writes cases eval accepts', async () => {
    const dir = demoProject();
    withGaps(dir, [...questions, ['en', 'How much is the Montserrat trip?']]);
    const before = readFileSync(join(dir, 'kb/en.json'), 'utf8');
    const drafted = await runCli([
      'gaps',
      '--lang',
      'en',
      '--draft',
      '--eval',
      'eval/gaps.yaml',
      '-C',
      dir,
    ]);
    expect(drafted.code).toBe(0);
    const after = readFileSync(join(dir, 'kb/en.json'), 'utf8');
    // The file keeps its own text and formatting; the drafts are added at the end of blocks.
    expect(after.startsWith(before.slice(0, before.lastIndexOf('    }')))).toBe(true);
    const blocks = JSON.parse(after).blocks as Array<{
      id: string;
      faq?: Array<{ question: string; answer: string }>;
    }>;
    const draft = blocks.find((block) => block.id.startsWith('gap-'))!;
    expect(draft.faq?.map((pair) => pair.question)).toContain('do you have wifi on the bus?');
    // A question the knowledge answers confidently needs its block improved, not a second one.
    expect(drafted.stderr).toContain(
      'Not drafted: "How much is the Montserrat trip?" (en) is answered by day-trips',
    );
    expect(after).not.toContain('"question": "How much is the Montserrat trip?"');

    const validate = await runCli(['validate', dir, '--format', 'json']);
    expect(validate.code).toBe(1);
    const findings = JSON.parse(validate.stdout).findings as Array<{
      code: string;
      severity: string;
      file: string;
      line: number;
    }>;
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(['KB_TODO']));
    expect(errors[0]).toMatchObject({ file: 'kb/en.json' });
    expect(errors[0]!.line).toBeGreaterThan(before.split('\n').length - 3);

    const cases = parse(readFileSync(join(dir, 'eval/gaps.yaml'), 'utf8'));
    expect(cases.questions).toContainEqual({
      lang: 'en',
      q: 'wifi on bus?',
      expect: 'none',
      tags: ['gap'],
    });
    // Once the drafts are written, the eval file runs as it is.
    writeFileSync(join(dir, 'kb/en.json'), before);
    const evaluated = await runCli(['eval', 'eval/gaps.yaml', '-C', dir]);
    expect(evaluated.stderr + evaluated.stdout).not.toContain('EVAL_INVALID');
  });
});
