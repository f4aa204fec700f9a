import { afterEach, describe, expect, it, vi } from 'vitest';
import { runNotifyTest } from '../../src/cli/notify.js';
import { startSlackWebhookFake } from '../fakes/slack-webhook-fake.js';
import { startSmtpFake } from '../fakes/smtp-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function printed() {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe('chatbot notify test with Slack and email', () => {
  it('posts to Slack and mails the owners, with secrets from the environment', async () => {
    const slack = await startSlackWebhookFake();
    const smtp = await startSmtpFake();
    cleanupAfterTest(() => slack.close());
    cleanupAfterTest(() => smtp.close());
    const dir = demoProject({
      'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
email:
  from: "Sol y Mar <help@solymar.example>"
  smtp: { host: "\${SMTP_HOST}", port: ${smtp.port}, user: "\${SMTP_USER}", pass: "\${SMTP_PASS}" }
notify:
  slack: { webhookUrl: "\${SLACK_WEBHOOK_URL}" }
  email: { to: [owner@solymar.example] }
`,
    });
    const lines = printed();
    await runNotifyTest(dir, {
      NO_COLOR: '1',
      SLACK_WEBHOOK_URL: slack.webhookUrl,
      SMTP_HOST: '127.0.0.1',
      SMTP_USER: 'bot',
      SMTP_PASS: 'p4ss',
    });
    expect(lines.join('')).toMatch(
      /✓ Slack webhook 127\.0\.0\.1:\d+\/services\/T000TEST\/B000TEST\/…\n/,
    );
    expect(lines.join('')).toContain('✓ email to owner@solymar.example');
    expect(lines.join('')).not.toContain('secretXXXX');
    expect(slack.posts[0]!.body.text).toBe(
      'Test message from Sol y Mar Tours: notifications work.',
    );
    expect(smtp.mails[0]!.parsed.subject).toBe(
      'Test message from Sol y Mar Tours: notifications work.',
    );
    expect(smtp.logins).toEqual(['bot:p4ss']);
  });

  it('says which channel failed when Slack refuses', async () => {
    const slack = await startSlackWebhookFake();
    cleanupAfterTest(() => slack.close());
    slack.fail(500);
    const dir = demoProject({
      'chatbot.config.yaml': `name: Sol y Mar Tours
notify:
  slack: { webhookUrl: "${slack.webhookUrl}" }
`,
    });
    const lines = printed();
    await expect(runNotifyTest(dir, { NO_COLOR: '1' })).rejects.toMatchObject({ exitCode: 1 });
    expect(lines.join('')).toMatch(/✗ Slack webhook .*: Slack answered 500: internal_error/);
  });
});
