import { describe, expect, it } from 'vitest';
import { checkTemplates } from '../../src/prompt/check-templates.js';
import { colOf, project } from '../helpers/project.js';

async function check(files: Record<string, string>, languages = ['en', 'ru']) {
  const dir = project(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`templates/${name}`, text])),
  );
  return (await checkTemplates(dir, { dir: 'templates', systemFile: 'system.hbs', languages }))
    .findings;
}

const base = 'You help visitors of {{bot.name}}.\n{{knowledge}}\n';

describe('template checks', () => {
  it('accepts a template using every documented variable and helper', async () => {
    const template = [
      '{{bot.name}} {{lang}} {{language}} {{knowledge}}',
      '{{#if visitor.name}}{{visitor.name}} {{visitor.email}} {{visitor.phone}}{{/if}}',
      '{{visitor.page}} {{visitor.pageTitle}} {{visitor.referrer}} {{visitor.returning}}',
      '{{now.date}} {{now.time}} {{now.weekday}} {{now.iso}} {{now.timezone}}',
      '{{#if (and hours.configured (not hours.open))}}{{hours.nextOpen}}{{else}}{{hours.summary}}{{/if}}',
      '{{#if (or humanAvailable (eq lang "ru"))}}yes{{/if}}{{#unless (ne lang "en")}}en{{/unless}}',
      '{{#with visitor}}{{name}} {{../bot.name}} {{@root.lang}}{{/with}}',
      '{{#visitor}}{{page}}{{/visitor}}',
      '{{!-- a comment with {{unknown}} in it --}}',
    ].join('\n');
    expect(await check({ 'system.hbs': template })).toEqual([]);
  });

  it('reports a syntax error at its line and column', async () => {
    const findings = await check({ 'system.hbs': `${base}Hello {{bot.name}\n` });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'TEMPLATE_SYNTAX',
        file: 'templates/system.hbs',
        line: 3,
        col: 17,
      }),
    ]);
  });

  it('reports an unclosed block', async () => {
    const findings = await check({ 'system.hbs': `${base}Hi {{#if visitor.name}}\nHi\n` });
    expect(findings[0]).toMatchObject({ code: 'TEMPLATE_SYNTAX', line: 3, col: 4 });
    expect(findings[0]?.message).toBe('A block is not closed before the end of the template');
  });

  it('reports a mismatched closing tag', async () => {
    const findings = await check({ 'system.hbs': `${base}{{#if lang}}x{{/each}}\n` });
    expect(findings[0]).toMatchObject({ code: 'TEMPLATE_SYNTAX', line: 3 });
    expect(findings[0]?.message).toBe('{{/each}} closes {{#if}}');
  });

  it('names an unknown variable where it is and suggests the right one', async () => {
    const template = `${base}Page: {{visitor.pgae}}\n{{compnay}}\n`;
    const findings = await check({ 'system.hbs': template });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'TEMPLATE_UNKNOWN_VARIABLE',
        line: 3,
        col: colOf(template, '{{visitor.pgae') + 2,
      }),
      expect.objectContaining({ code: 'TEMPLATE_UNKNOWN_VARIABLE', line: 4, col: 3 }),
    ]);
    expect(findings[0]?.hint).toMatch(/^Did you mean "page"\?/);
  });

  it('checks variables inside blocks against the right context', async () => {
    const findings = await check({
      'system.hbs': `${base}{{#with visitor}}{{page}} {{bot}}{{/with}}{{#each visitor}}{{anything}}{{/each}}\n`,
    });
    // `bot` is not a field of visitor; inside #each over a non-list nothing can be known.
    expect(findings.map((f) => f.message)).toEqual(['Unknown variable "bot"']);
  });

  it('leaves block params alone', async () => {
    expect(
      await check({
        'system.hbs': `${base}{{#each visitor as |value key|}}{{key}}={{value}}{{/each}}\n`,
      }),
    ).toEqual([]);
  });

  it('names an unknown helper and an unknown partial', async () => {
    const template = `${base}{{shout bot.name}}\n{{> footer}}\n`;
    const findings = await check({ 'system.hbs': template, 'partials/header.hbs': 'x' });
    expect(findings.map((f) => [f.code, f.line, f.col])).toEqual([
      ['TEMPLATE_UNKNOWN_HELPER', 3, 3],
      ['TEMPLATE_UNKNOWN_PARTIAL', 4, 1],
    ]);
    expect(findings[1]?.hint).toBe('Known partials: header.');
  });

  it('checks partials in their own file, with the context they are included in', async () => {
    const findings = await check({
      'system.hbs': `${base}{{#with visitor}}{{> card}}{{/with}}`,
      'partials/card.hbs': 'Name: {{name}}\nPage: {{pgae}}\n',
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'TEMPLATE_UNKNOWN_VARIABLE',
        file: 'templates/partials/card.hbs',
        line: 2,
        col: 9,
      }),
    ]);
  });

  it('checks a partial no template includes against the root context', async () => {
    const findings = await check({ 'system.hbs': base, 'partials/unused.hbs': '{{bot.nme}}' });
    expect(findings[0]).toMatchObject({
      file: 'templates/partials/unused.hbs',
      code: 'TEMPLATE_UNKNOWN_VARIABLE',
    });
  });

  it('warns when the knowledge never reaches the prompt', async () => {
    const findings = await check({ 'system.hbs': 'You are {{bot.name}}.' });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'TEMPLATE_NO_KNOWLEDGE', severity: 'warning' }),
    ]);
  });

  it('counts {{knowledge}} used through a partial', async () => {
    expect(await check({ 'system.hbs': '{{> kb}}', 'partials/kb.hbs': '{{knowledge}}' })).toEqual(
      [],
    );
  });

  it('checks per-language overrides and warns of one for an unsupported language', async () => {
    const findings = await check({
      'system.hbs': base,
      'system.ru.hbs': `${base}{{visitr.name}}`,
      'system.de.hbs': base,
    });
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      ['templates/system.de.hbs', 'TEMPLATE_UNUSED_OVERRIDE'],
      ['templates/system.ru.hbs', 'TEMPLATE_UNKNOWN_VARIABLE'],
    ]);
  });

  it('reports a missing system template', async () => {
    const findings = await check({ 'other.hbs': base });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'TEMPLATE_MISSING', file: 'templates/system.hbs' }),
    ]);
  });

  it('handles a template including itself through partials without looping', async () => {
    const findings = await check({
      'system.hbs': `${base}{{> a}}`,
      'partials/a.hbs': '{{> b}}',
      'partials/b.hbs': '{{> a}}',
    });
    expect(findings).toEqual([]);
  });
});
