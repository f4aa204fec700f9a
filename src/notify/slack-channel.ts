/**
 * Owner alerts in Slack through an incoming webhook, with Slack's own client. The client
 * itself never retries here: the outbox does, with the same backoff as every channel, and
 * honours a 429's Retry-After, which the client does not expose, so a fetch wrapper reads it.
 */
import { IncomingWebhook, IncomingWebhookHTTPError } from '@slack/webhook';
import type { Config } from '../config/schema.js';
import type { Channel } from './channels.js';

const sendTimeoutMs = 10_000;

export function slackChannel(slack: NonNullable<Config['notify']['slack']>): Channel {
  let retryAfter: number | undefined;
  const readingRetryAfter: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const asked = Number(response.headers.get('retry-after'));
    retryAfter = Number.isFinite(asked) && asked > 0 ? asked : undefined;
    return response;
  };
  const webhook = new IncomingWebhook(slack.webhookUrl, {
    fetch: readingRetryAfter,
    timeout: sendTimeoutMs,
    retryConfig: { retries: 0 },
  });
  return {
    // The URL is the secret: the key names the channel without it.
    key: `slack:${withoutSecret(slack.webhookUrl)}`,
    label: `Slack webhook ${withoutSecret(slack.webhookUrl)}`,
    wants: (type) => type === 'test' || slack.events.includes(type),
    async send(notification) {
      retryAfter = undefined;
      try {
        await webhook.send({ text: notification.text, unfurl_links: false, unfurl_media: false });
        return { ok: true };
      } catch (error) {
        if (error instanceof IncomingWebhookHTTPError)
          return {
            ok: false,
            error: `Slack answered ${error.statusCode}${error.body ? `: ${error.body.slice(0, 200)}` : ''}`,
            ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
          };
        const cause = (error as { original?: { cause?: { code?: string }; message?: string } })
          .original;
        return {
          ok: false,
          error: `Slack unreachable: ${cause?.cause?.code ?? cause?.message ?? String(error)}`,
        };
      }
    },
  };
}

/**
 * The webhook without its last path part: Slack's URLs end in the secret token, and the
 * workspace and integration ids before it are enough to tell two webhooks apart in a log.
 */
function withoutSecret(webhookUrl: string): string {
  const parsed = new URL(webhookUrl);
  const parts = parsed.pathname.split('/');
  return `${parsed.host}${parts.slice(0, -1).join('/')}/…`;
}
