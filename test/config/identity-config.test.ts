import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { colOf, lineOf, project } from '../helpers/project.js';

async function load(yaml: string, env: Record<string, string> = {}) {
  const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), { mode: 'start', env });
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

const rule = `escalation:
  - when: { attribute: { plan: enterprise } }
    then: { priority: urgent }
`;

describe('identity config', () => {
  it('takes the secret from the environment, and then any attribute is a customer attribute', async () => {
    const yaml = `name: Acme\nidentity: { secret: "\${CHATBOT_IDENTITY_SECRET}" }\n${rule}`;
    const { config, findings } = await load(yaml, {
      CHATBOT_IDENTITY_SECRET: 'f'.repeat(32),
    });
    expect(findings).toEqual([]);
    expect(config?.identity.secret).toBe('f'.repeat(32));
  });

  it('refuses a short key at its line and column', async () => {
    const yaml = `name: Acme\nidentity:\n  secret: short\n`;
    const { findings } = await load(yaml);
    expect(findings.map((f) => [f.severity, f.keyPath, f.line, f.col])).toEqual([
      ['error', 'identity.secret', lineOf(yaml, 'short'), colOf(yaml, 'short')],
    ]);
  });
});
