import { describe, expect, it } from 'vitest';
import { loadKnowledgeFile } from '../../src/kb/load-file.js';
import { validateProject } from '../../src/validate/validate-project.js';
import { colOf, demoProject, lineOf, project, readRepoFile } from '../helpers/project.js';

const minimal = (blocks: unknown[], extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ greeting: 'Hi', fallback: 'Sorry', ...extra, blocks }, null, 2)}\n`;

async function loadText(text: string, lang = 'en') {
  const dir = project({ [`kb/${lang}.json`]: text });
  return loadKnowledgeFile(`${dir}/kb/${lang}.json`, `kb/${lang}.json`, lang);
}

function withLineEdited(text: string, line: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

describe('JSON syntax', () => {
  it('names the file, line 12 and a column when a comma is added at line 12 of a demo KB file', async () => {
    const broken = withLineEdited(readRepoFile('kb/ru.json'), 12, (line) => `${line},`);
    const dir = demoProject({ 'kb/ru.json': broken });
    const { findings } = await validateProject(dir, { env: {} });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'kb/ru.json', line: 12, code: 'KB_SYNTAX' });
    expect(errors[0]!.col).toBe(broken.split('\n')[11]!.length);
  });

  it('points at a trailing comma itself, not at the bracket on the next line', async () => {
    const text =
      '{\n  "greeting": "Hi",\n  "fallback": "Sorry",\n  "blocks": [\n    { "id": "a", "title": "A", "body": "x" },\n  ]\n}\n';
    const { findings } = await loadText(text);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'KB_TRAILING_COMMA', line: 5, col: 45, severity: 'error' }),
    ]);
  });

  it('finds a trailing comma in an object too', async () => {
    const { findings } = await loadText(
      '{\n  "greeting": "Hi",\n  "fallback": "Sorry",\n  "blocks": [],\n}\n',
    );
    expect(findings[0]).toMatchObject({ code: 'KB_TRAILING_COMMA', line: 4, col: 15 });
  });

  it('reports a missing comma and an unclosed string where they are', async () => {
    const missingComma = await loadText(
      '{\n  "greeting": "Hi"\n  "fallback": "x", "blocks": []\n}',
    );
    expect(missingComma.findings[0]).toMatchObject({ code: 'KB_SYNTAX', line: 3, col: 3 });
    expect(missingComma.findings[0]?.message).toBe(
      'Expected a comma between items, found \'"fallback"\'',
    );
    const unclosed = await loadText('{\n  "greeting": "Hi,\n  "fallback": "x"\n}');
    expect(unclosed.findings[0]).toMatchObject({ code: 'KB_SYNTAX', line: 2 });
  });

  it('refuses a key given twice', async () => {
    const text =
      '{\n  "greeting": "Hi",\n  "greeting": "Hello",\n  "fallback": "x",\n  "blocks": []\n}\n';
    const { findings } = await loadText(text);
    expect(findings[0]).toMatchObject({ code: 'KB_DUPLICATE_KEY', line: 3, col: 3 });
  });

  it('reports an empty file', async () => {
    const { findings } = await loadText('');
    expect(findings[0]?.code).toBe('KB_SYNTAX');
  });
});

describe('schema', () => {
  it('names an unknown key and suggests the right one', async () => {
    const text = minimal([{ id: 'a', title: 'A', bdy: 'text' }]);
    const { findings } = await loadText(text);
    expect(findings[0]).toMatchObject({
      code: 'KB_UNKNOWN_KEY',
      keyPath: 'blocks[0].bdy',
      line: lineOf(text, '"bdy"'),
      col: colOf(text, '"bdy"'),
      hint: 'Did you mean "body"?',
    });
  });

  it('names a missing key at the object that lacks it', async () => {
    const text = '{\n  "greeting": "Hi",\n  "blocks": []\n}\n';
    const { findings } = await loadText(text);
    expect(findings[0]).toMatchObject({
      code: 'KB_MISSING_KEY',
      keyPath: 'fallback',
      line: 1,
      col: 1,
    });
  });

  it('refuses a block without content and an id with spaces', async () => {
    const text = minimal([{ id: 'Opening Hours', title: 'Hours' }]);
    const { findings } = await loadText(text);
    expect(findings.map((f) => [f.code, f.keyPath])).toEqual([
      ['KB_INVALID_VALUE', 'blocks[0].id'],
      ['KB_INVALID_VALUE', 'blocks[0]'],
    ]);
    expect(findings[1]?.message).toContain('body, items, faq, facts or table');
  });

  it('accepts every kind of content', async () => {
    const text = minimal([
      {
        id: 'all',
        title: 'All',
        body: '<p>x</p>',
        items: ['a'],
        faq: [{ question: 'q?', answer: 'a' }],
        facts: { k: 'v' },
        table: { columns: ['a', 'b'], rows: [['1', '2']] },
        tags: ['t'],
        url: 'https://x.example/a',
      },
    ]);
    const { findings, knowledge } = await loadText(text);
    expect(findings).toEqual([]);
    expect(knowledge?.blocks[0]?.tags).toEqual(['t']);
  });
});

describe('rules within a file', () => {
  it('refuses a duplicate id at the second one', async () => {
    const text = minimal([
      { id: 'a', title: 'A', body: 'x' },
      { id: 'a', title: 'B', body: 'y' },
    ]);
    const { findings } = await loadText(text);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'KB_DUPLICATE_ID',
        severity: 'error',
        line: lineOf(text, '"id": "a"', 2),
      }),
    ]);
  });

  it('refuses table rows with the wrong number of cells', async () => {
    const text = minimal([
      { id: 't', title: 'T', table: { columns: ['a', 'b'], rows: [['1', '2'], ['3']] } },
    ]);
    const { findings } = await loadText(text);
    expect(findings[0]).toMatchObject({
      code: 'KB_TABLE_SHAPE',
      keyPath: 'blocks[0].table.rows[1]',
    });
  });

  it('warns of empty texts, HTML with nothing in it included', async () => {
    const text = minimal(
      [{ id: 'e', title: ' ', body: '<p> </p><!-- x -->', faq: [{ question: 'Q?', answer: '' }] }],
      { greeting: '' },
    );
    const { findings, knowledge } = await loadText(text);
    expect(knowledge).toBeDefined();
    expect(findings.map((f) => [f.code, f.keyPath, f.severity])).toEqual([
      ['KB_EMPTY_TEXT', 'greeting', 'warning'],
      ['KB_EMPTY_TEXT', 'blocks[0].title', 'warning'],
      ['KB_EMPTY_TEXT', 'blocks[0].body', 'warning'],
      ['KB_EMPTY_TEXT', 'blocks[0].faq[0].answer', 'warning'],
    ]);
  });

  it('warns of the same question asked twice, ignoring case and punctuation', async () => {
    const text = minimal([
      { id: 'a', title: 'A', faq: [{ question: 'Can I pay by card?', answer: 'Yes' }] },
      { id: 'b', title: 'B', faq: [{ question: 'can i pay by card', answer: 'Yes!' }] },
    ]);
    const { findings } = await loadText(text);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'KB_DUPLICATE_QUESTION',
        keyPath: 'blocks[1].faq[0].question',
      }),
    ]);
  });

  it('needs no ui texts for the eight built-in languages, but lists the missing ones for others', async () => {
    for (const lang of ['en', 'ru', 'es', 'de', 'fr', 'it', 'pt', 'uk'])
      expect((await loadText(minimal([]), lang)).findings).toEqual([]);
    const dutch = await loadText(minimal([], { ui: { send: 'Verzenden' } }), 'nl');
    expect(dutch.findings[0]).toMatchObject({
      code: 'KB_UI_STRINGS',
      severity: 'warning',
      keyPath: 'ui',
    });
    expect(dutch.findings[0]?.message).toContain('placeholder');
    expect(dutch.findings[0]?.message).not.toContain('send,');
  });
});

describe('rules across languages', () => {
  it('the demo knowledge is complete: at least 15 blocks per language, the same ids everywhere', async () => {
    const result = await validateProject(demoProject(), { env: {} });
    expect(result.findings).toEqual([]);
    const ids = ['en', 'ru', 'es'].map((lang) =>
      result.knowledge?.files.get(lang)?.knowledge?.blocks.map((b) => b.id),
    );
    expect(ids[0]!.length).toBeGreaterThanOrEqual(15);
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
  });

  it('warns of a block missing in another language, at the block', async () => {
    const es = JSON.parse(readRepoFile('kb/es.json'));
    es.blocks = es.blocks.filter((block: { id: string }) => block.id !== 'gift-cards');
    const { findings } = await validateProject(
      demoProject({ 'kb/es.json': JSON.stringify(es, null, 2) }),
      { env: {} },
    );
    const en = readRepoFile('kb/en.json');
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'kb/en.json',
        code: 'KB_MISSING_TRANSLATION',
        severity: 'warning',
        line: lineOf(en, '"gift-cards"'),
      }),
      expect.objectContaining({ file: 'kb/ru.json', code: 'KB_MISSING_TRANSLATION' }),
    ]);
    expect(findings[0]?.message).toBe('Block "gift-cards" has no es translation');
  });

  it('reports a supported language without a file at its entry in the config', async () => {
    const { findings } = await validateProject(demoProject({ 'kb/es.json': null }), { env: {} });
    const config = readRepoFile('chatbot.config.yaml');
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'chatbot.config.yaml',
        code: 'KB_MISSING_FILE',
        line: lineOf(config, 'supported:'),
        col: colOf(config, 'es]'),
      }),
    ]);
  });

  it('warns of a file for a language that is not supported', async () => {
    const { findings } = await validateProject(demoProject({ 'kb/fr.json': minimal([]) }), {
      env: {},
    });
    expect(findings).toEqual([
      expect.objectContaining({ file: 'kb/fr.json', code: 'KB_UNUSED_FILE', severity: 'warning' }),
    ]);
  });
});
