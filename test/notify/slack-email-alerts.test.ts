import { describe, expect, it } from 'vitest';
import { configuredChannels } from '../../src/notify/channels.js';
import { Notifier } from '../../src/notify/notifier.js';
import { startSlackWebhookFake } from '../fakes/slack-webhook-fake.js';
import { smtpConfigFor, startSmtpFake } from '../fakes/smtp-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { tempDir } from '../helpers/project.js';
import { eventually as waitFor } from '../helpers/wait.js';

const handoff = {
  type: 'handoff' as const,
  text: 'Maria is waiting for a person · Sol y Mar\nWhy: asked for a person\nLast message: <b>hola</b>',
  data: { reason: 'keyword' },
  conversationId: 'c7',
};

async function fakes() {
  const slack = await startSlackWebhookFake();
  const smtp = await startSmtpFake();
  cleanupAfterTest(() => slack.close());
  cleanupAfterTest(() => smtp.close());
  const channels = configuredChannels(
    {
      webhooks: [],
      slack: { webhookUrl: slack.webhookUrl, events: ['lead', 'handoff'] },
      email: { to: ['owner@solymar.example', 'desk@solymar.example'], events: ['handoff'] },
    },
    smtpConfigFor(smtp),
  );
  return { slack, smtp, channels };
}

describe('owner alerts in Slack and by email', () => {
  it('posts the alert to the Slack webhook and mails it to every owner', async () => {
    const { slack, smtp, channels } = await fakes();
    const notifier = await Notifier.open(tempDir(), channels);
    cleanupAfterTest(() => notifier.close());
    await notifier.notify(handoff);
    await waitFor(() => slack.posts.length === 1 && smtp.mails.length === 1);

    expect(slack.posts[0]!.contentType).toMatch(/application\/json/);
    expect(slack.posts[0]!.body.text).toBe(handoff.text);

    const mail = smtp.mails[0]!;
    expect(mail.envelopeTo.sort()).toEqual(['desk@solymar.example', 'owner@solymar.example']);
    expect(mail.parsed.subject).toBe('Maria is waiting for a person · Sol y Mar');
    expect(mail.parsed.from?.text).toBe('"Sol y Mar" <help@solymar.example>');
    expect(mail.parsed.text).toContain('Last message: <b>hola</b>');
    // The visitor's words are text in the HTML part, never markup.
    expect(mail.parsed.html).toContain('Last message: &lt;b&gt;hola&lt;/b&gt;');
    expect(mail.header('x-chatbot-event')).toBe('handoff');
    expect(mail.header('x-chatbot-conversation')).toBe('c7');
    expect(smtp.logins).toContain('bot:s3cret');
    await waitFor(() => notifier.pending().length === 0);
  });

  it('retries Slack after a 500 and waits as long as a 429 asks, through the outbox', async () => {
    const { slack, channels } = await fakes();
    slack.fail(500);
    const notifier = await Notifier.open(tempDir(), channels, { baseDelayMs: 20 });
    cleanupAfterTest(() => notifier.close());
    await notifier.notify({ ...handoff, type: 'lead' });
    await waitFor(() =>
      notifier
        .pending()
        .some((delivery) => delivery.lastError === 'Slack answered 500: internal_error'),
    );
    slack.fail({ status: 429, retryAfter: 1 });
    await waitFor(() => notifier.pending().some((d) => d.lastError?.includes('429') ?? false));
    const limitedAt = Date.now();
    slack.fail('ok');
    await waitFor(() => slack.posts.length === 1);
    expect(Date.now() - limitedAt).toBeGreaterThanOrEqual(900);
    await waitFor(() => notifier.pending().length === 0);
  });

  it('keeps an alert the SMTP server deferred and delivers it once the server takes mail', async () => {
    const { smtp, channels } = await fakes();
    smtp.deferAll(true);
    const notifier = await Notifier.open(tempDir(), channels, { baseDelayMs: 20 });
    cleanupAfterTest(() => notifier.close());
    await notifier.notify(handoff);
    await waitFor(() =>
      notifier.pending().some((d) => d.channel.startsWith('email:') && d.attempts >= 1),
    );
    expect(smtp.mails).toHaveLength(0);
    smtp.deferAll(false);
    await waitFor(() => smtp.mails.length === 1);
    await waitFor(() => notifier.pending().length === 0);
  });
});
