import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { project } from '../helpers/project.js';

async function load(yaml: string, env: Record<string, string> = {}) {
  const dir = project({ 'chatbot.config.yaml': yaml });
  return loadConfig(dir, { mode: 'dev', env });
}

describe('email and Slack in the config', () => {
  it('fills SMTP and Slack secrets from the environment and gives email its defaults', async () => {
    const { config, findings } = await load(
      `name: Acme
email:
  from: "Acme <help@acme.example>"
  smtp: { host: "\${SMTP_HOST}", port: "\${SMTP_PORT}", user: "\${SMTP_USER}", pass: "\${SMTP_PASS}" }
notify:
  slack: { webhookUrl: "\${SLACK_WEBHOOK_URL}" }
  email: { to: [owner@acme.example] }
`,
      {
        SMTP_HOST: 'smtp.acme.example',
        SMTP_PORT: '465',
        SMTP_USER: 'bot',
        SMTP_PASS: 'pw',
        SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T1/B2/xyz',
      },
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(config?.email).toEqual({
      from: 'Acme <help@acme.example>',
      smtp: { host: 'smtp.acme.example', port: 465, secure: false, user: 'bot', pass: 'pw' },
      followUp: true,
      transcripts: { enabled: true, copyTo: [] },
    });
    expect(config?.notify.slack).toEqual({
      webhookUrl: 'https://hooks.slack.com/services/T1/B2/xyz',
      events: ['lead', 'handoff'],
    });
  });

  it('refuses owner alerts by email with no SMTP server, and a bad address, at their place', async () => {
    const { config, findings } = await load(
      'name: Acme\nnotify:\n  email: { to: [owner@acme.example, not-an-address] }\n',
    );
    expect(config).toBeUndefined();
    expect(findings.map((f) => [f.code, f.keyPath, f.line])).toEqual([
      ['CONFIG_INVALID_VALUE', 'notify.email.to[1]', 3],
    ]);
    const noSmtp = await load('name: Acme\nnotify:\n  email: { to: [owner@acme.example] }\n');
    expect(noSmtp.findings.map((f) => [f.code, f.keyPath, f.line])).toEqual([
      ['CONFIG_EMAIL_NOT_SET', 'notify.email', 3],
    ]);
  });
});
