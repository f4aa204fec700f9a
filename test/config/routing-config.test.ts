import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { validateProject } from '../../src/validate/validate-project.js';
import { colOf, demoProject, lineOf, project } from '../helpers/project.js';

async function load(yaml: string) {
  const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), { mode: 'validate' });
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

const where = (findings: { code: string; keyPath: string; line: number; col: number }[]) =>
  findings.map((f) => [f.code, f.keyPath, f.line, f.col]);

describe('routing config', () => {
  it('reads assistants and rules, one value or a list', async () => {
    const yaml = [
      'name: Acme',
      'languages: { supported: [en, es, ru] }',
      'assistants:',
      '  sales:',
      '    template: sales.hbs',
      '    greeting: { en: Hi, es: Hola }',
      '    knowledge: { tags: [pricing] }',
      '    cascade: [{ provider: offline }]',
      'routing:',
      '  - when: { page: /pricing, utm: { source: google } }',
      '    assistant: sales',
      '    team: sales',
      '  - when: { lang: [es, ru], hours: closed }',
      '    team: night',
      'handoff:',
      '  hours: { timezone: UTC, mon-fri: "09:00-18:00" }',
    ].join('\n');
    const { config, findings } = await load(yaml);
    expect(findings).toEqual([]);
    expect(config?.routing[0]).toEqual({
      when: { page: ['/pricing'], utm: { source: ['google'] } },
      assistant: 'sales',
      team: 'sales',
    });
    expect(config?.routing[1]?.when).toEqual({ lang: ['es', 'ru'], hours: 'closed' });
    expect(config?.assistants.sales?.knowledge?.tags).toEqual(['pricing']);
  });

  it('warns of a rule for a language the bot does not speak', async () => {
    const yaml = 'name: Acme\nrouting:\n  - { when: { lang: de }, team: berlin }\n';
    const { findings } = await load(yaml);
    expect(where(findings)).toEqual([
      ['CONFIG_UNUSED_LANGUAGE', 'routing[0].when.lang', 3, colOf(yaml, 'de }')],
    ]);
  });

  it("skips an assistant's provider whose key is unset, as ai.cascade does", async () => {
    const yaml = [
      'name: Acme',
      'assistants:',
      '  sales:',
      '    cascade:',
      '      - { provider: openai, model: gpt-4o, apiKey: "${SALES_OPENAI_KEY}" }',
    ].join('\n');
    const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), {
      mode: 'dev',
      env: {},
    });
    expect(where(loaded.findings)).toEqual([
      ['CONFIG_PROVIDER_SKIPPED', 'assistants.sales.cascade[0].apiKey', 5, colOf(yaml, '"${')],
    ]);
    expect(loaded.findings[0]?.message).toContain('assistants.sales.cascade[0] is skipped');
    expect(loaded.config?.assistants.sales?.cascade).toEqual([{ provider: 'offline' }]);
    const set = await loadConfig(project({ 'chatbot.config.yaml': yaml }), {
      mode: 'dev',
      env: { SALES_OPENAI_KEY: 'sk-live' },
    });
    expect(set.config?.assistants.sales?.cascade?.[0]).toMatchObject({ apiKey: 'sk-live' });
  });

  it('is empty by default: every chat talks to the default bot', async () => {
    const { config } = await load('name: Acme\n');
    expect(config?.routing).toEqual([]);
    expect(config?.assistants).toEqual({});
  });

  it('points an unknown assistant, a bad pattern and a rule with nothing to do at file:line:col', async () => {
    const yaml = [
      'name: Acme',
      'assistants:',
      '  sales: {}',
      'routing:',
      '  - when: { page: "/blog/{a,b" }',
      '    team: support',
      '  - when: { lang: en }',
      '    assistant: sale',
      '  - when: { lang: en }',
      '  - when: { hours: open }',
      '    team: day',
    ].join('\n');
    const { findings } = await load(yaml);
    expect(where(findings)).toEqual([
      ['CONFIG_INVALID_VALUE', 'routing[0].when.page', 5, colOf(yaml, '"/blog/{a,b"')],
      ['CONFIG_INVALID_VALUE', 'routing[2]', 9, 5],
    ]);
    expect(findings[0]?.message).toContain('never closed');
    const fixed = yaml
      .replace('"/blog/{a,b"', '"/blog/{a,b}"')
      .replace('  - when: { lang: en }\n  - when', '  - when');
    const second = await load(
      fixed.replace('  - when: { lang: en }\n  - when: { hours', '  - when: { hours'),
    );
    expect(where(second.findings)).toEqual([
      ['CONFIG_UNKNOWN_ASSISTANT', 'routing[1].assistant', lineOf(fixed, 'assistant: sale'), 16],
      ['CONFIG_ROUTING_NO_HOURS', 'routing[2].when.hours', lineOf(fixed, 'hours: open'), 20],
    ]);
    expect(second.findings[0]?.hint).toContain('Did you mean "sales"?');
  });

  it('refuses "default" as an assistant name: it is the top-level bot', async () => {
    const yaml = 'name: Acme\nassistants:\n  default: { template: x.hbs }\n';
    const { findings } = await load(yaml);
    expect(findings.map((f) => [f.keyPath, f.line])).toEqual([['assistants.default', 3]]);
  });

  it("points a missing assistant template at the config key, and checks an existing one's variables", async () => {
    const config = (template: string) =>
      [
        '# yaml-language-server: $schema=./schema/config.schema.json',
        'name: Sol y Mar Tours',
        'languages: { default: en, supported: [en, ru, es] }',
        'assistants:',
        '  sales:',
        `    template: ${template}`,
        '    knowledge: { tags: [no-such-tag] }',
        'routing:',
        '  - { when: { page: /pricing }, assistant: sales }',
      ].join('\n');
    const missing = await validateProject(
      demoProject({ 'chatbot.config.yaml': config('sales.hbs') }),
    );
    const errors = missing.findings.filter((f) => f.severity === 'error');
    expect(where(errors)).toEqual([['TEMPLATE_MISSING', 'assistants.sales.template', 6, 15]]);
    expect(errors[0]?.file).toBe('chatbot.config.yaml');
    expect(missing.findings.filter((f) => f.code === 'CONFIG_ASSISTANT_NO_KNOWLEDGE').length).toBe(
      3,
    );

    const broken = await validateProject(
      demoProject({
        'chatbot.config.yaml': config('sales.hbs'),
        'templates/sales.hbs': 'Sell.\n{{knowledge}}\n{{vistor.name}}\n',
      }),
    );
    const problem = broken.findings.find((f) => f.severity === 'error');
    expect([problem?.code, problem?.file, problem?.line, problem?.col]).toEqual([
      'TEMPLATE_UNKNOWN_VARIABLE',
      'templates/sales.hbs',
      3,
      3,
    ]);
    expect(broken.checked.templates).toContain('templates/sales.hbs');
  });
});
