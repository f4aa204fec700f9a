import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { colOf, lineOf, project } from '../helpers/project.js';

async function load(yaml: string) {
  const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), { mode: 'validate' });
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

describe('topics and escalation config', () => {
  it('defaults to no intents and no rules: the handoff keys alone decide, as before', async () => {
    const { config, findings } = await load(
      'name: Acme\nhandoff:\n  keywords: { en: [manager please] }\n  failedAnswers: 2\n',
    );
    expect(findings).toEqual([]);
    expect(config?.topics).toEqual({});
    expect(config?.escalation).toEqual([]);
    expect(config?.handoff).toMatchObject({ failedAnswers: 2, sentimentThreshold: -0.6 });
  });

  it('reads rules as written: one value or a list, names lowercased', async () => {
    const yaml = `name: Acme
languages: { default: en, supported: [en, ru, es] }
topics:
  Refund: { en: [refund], ru: [возврат], es: [reembolso] }
escalation:
  - name: refunds
    when: { topic: Refund, lead: true, attribute: { country: [ES, PT] } }
    then: { tag: Money, team: billing, priority: high }
`;
    const { config, findings } = await load(yaml);
    expect(findings).toEqual([]);
    expect(Object.keys(config!.topics)).toEqual(['refund']);
    const [rule] = config!.escalation;
    expect(rule?.name).toBe('refunds');
    expect(rule?.when).toEqual({
      topic: ['refund'],
      lead: true,
      attribute: { country: ['ES', 'PT'] },
    });
    expect(rule?.then).toEqual({
      tag: ['money'],
      team: 'billing',
      priority: 'high',
      handoff: false,
      notify: false,
    });
  });

  it('points bad rules at their line and column', async () => {
    const yaml = `name: Acme
escalation:
  - when: { sentimentBelow: 2 }
    then: { priority: critical }
  - when: {}
    then: { tag: x }
  - when: { lead: true }
    then: {}
  - when: { failedAnswers: 1, colour: red }
    then: { team: "two words" }
`;
    const { findings } = await load(yaml);
    expect(findings.map((f) => [f.keyPath, f.line, f.col])).toEqual([
      ['escalation[0].when.sentimentBelow', 3, colOf(yaml, '2 }')],
      ['escalation[0].then.priority', 4, colOf(yaml, 'critical')],
      ['escalation[1].when', 5, colOf(yaml, '{}')],
      ['escalation[2].then', 8, colOf(yaml, '{}', 2)],
      ['escalation[3].when.colour', lineOf(yaml, 'colour'), colOf(yaml, 'colour')],
      ['escalation[3].then.team', 10, colOf(yaml, '"two words"')],
    ]);
  });

  it('warns of languages the bot does not speak, unknown attributes and notifications nobody gets', async () => {
    const yaml = `name: Acme
topics:
  refund: { de: [Rückerstattung] }
escalation:
  - when: { keywords: { fr: [avocat] }, attribute: { plan: gold } }
    then: { notify: true }
`;
    const { findings } = await load(yaml);
    expect(findings.map((f) => [f.severity, f.code, f.keyPath, f.line])).toEqual([
      ['warning', 'CONFIG_UNUSED_LANGUAGE', 'topics.refund.de', 3],
      ['warning', 'CONFIG_UNUSED_LANGUAGE', 'escalation[0].when.keywords.fr', 5],
      ['warning', 'CONFIG_ESCALATION', 'escalation[0].when.attribute.plan', 5],
      ['warning', 'CONFIG_ESCALATION', 'escalation[0].then.notify', 6],
    ]);
  });
});
