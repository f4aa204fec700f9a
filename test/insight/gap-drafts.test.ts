import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { todoAnswer, withDraftBlocks, writeEvalCases } from '../../src/insight/gap-drafts.js';
import type { GapGroup } from '../../src/insight/gap-groups.js';
import { parseKnowledgeText } from '../../src/kb/load-file.js';
import { tempDir } from '../helpers/project.js';

const group: GapGroup = {
  lang: 'en',
  count: 3,
  conversations: 3,
  questions: [
    { text: 'Do you have wifi on the bus?', count: 2 },
    { text: 'wifi on bus?', count: 1 },
  ],
  reasons: { refused: 3 },
  firstAt: '2026-01-01T00:00:00.000Z',
  lastAt: '2026-01-02T00:00:00.000Z',
  closest: { id: 'transport', title: 'Transport', score: 3.2, confidence: 0.31 },
};

const fourSpaces = `{
    "greeting": "Hi",
    "fallback": "Sorry",
    "blocks": [
        {
            "id": "transport",
            "title": "Transport",
            "body": "We travel by coach."
        }
    ]
}
`;

describe('draft blocks', () => {
  it('are appended in the file’s own indentation, the rest unchanged, and fail only for TODO', () => {
    const block = {
      id: 'gap-wifi',
      title: 'Do you have wifi on the bus',
      tags: [],
      faq: group.questions.map((q) => ({ question: q.text, answer: todoAnswer })),
    };
    const text = withDraftBlocks(fourSpaces, [block]);
    expect(text.startsWith(fourSpaces.slice(0, fourSpaces.indexOf('        }') + 9))).toBe(true);
    expect(text).toContain('\n        {\n            "id": "gap-wifi",');
    const loaded = parseKnowledgeText(text, 'kb/en.json', 'en');
    const errors = loaded.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((error) => [error.code, error.keyPath])).toEqual([
      ['KB_TODO', 'blocks[1].faq[0].answer'],
      ['KB_TODO', 'blocks[1].faq[1].answer'],
    ]);
    // file:line:col point at the TODO itself.
    const { line, col } = errors[0]!;
    expect(text.split('\n')[line - 1]!.slice(col - 1)).toBe(`"${todoAnswer}"`);
  });
});

describe('eval cases from gaps', () => {
  it('are labelled none with the tag gap, and a second run adds only new questions', async () => {
    const file = join(tempDir(), 'eval', 'gaps.yaml');
    expect(await writeEvalCases(file, [group])).toBe(2);
    expect(await writeEvalCases(file, [group])).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# closest block: transport (confidence 0.31)');
    expect(parse(text).questions).toEqual([
      { lang: 'en', q: 'Do you have wifi on the bus?', expect: 'none', tags: ['gap'] },
      { lang: 'en', q: 'wifi on bus?', expect: 'none', tags: ['gap'] },
    ]);
    // An existing file keeps its comments and cases.
    writeFileSync(file, `# ours\nquestions:\n  - q: "hello"\n    expect: none\n`);
    expect(await writeEvalCases(file, [group])).toBe(2);
    const merged = readFileSync(file, 'utf8');
    expect(merged.startsWith('# ours\n')).toBe(true);
    expect(parse(merged).questions).toHaveLength(3);
  });
});

describe('the TODO rule', () => {
  it('covers the greeting, the fallback and widget texts; "todo" in a sentence is no marker', () => {
    const text = JSON.stringify(
      {
        greeting: 'Hi! TODO say who we are',
        fallback: 'Sorry',
        ui: { send: 'TODO' },
        blocks: [{ id: 'list', title: 'Things to do', body: 'Our todo list for a day in Girona.' }],
      },
      null,
      2,
    );
    const errors = parseKnowledgeText(text, 'kb/en.json', 'en').findings.filter(
      (finding) => finding.severity === 'error',
    );
    expect(errors.map((error) => [error.code, error.keyPath])).toEqual([
      ['KB_TODO', 'greeting'],
      ['KB_TODO', 'ui.send'],
    ]);
  });
});
