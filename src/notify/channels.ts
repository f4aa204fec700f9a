/**
 * The owner's notification channels: the Telegram Bot API, signed webhooks, Slack
 * (slack-channel.ts) and email (email-channel.ts). A send either
 * succeeds or says when it may be tried again (Telegram's retry_after, a webhook's Retry-After).
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { emailAlertChannel } from './email-channel.js';
import { smtpMailer } from './mailer.js';
import { slackChannel } from './slack-channel.js';

export type NotifyEventType =
  | 'lead'
  | 'handoff'
  | 'resolved'
  | 'low-rating'
  | 'assigned'
  | 'escalated'
  | 'test';

export interface Notification {
  readonly type: NotifyEventType;
  /** One line a person reads: the Telegram message. */
  readonly text: string;
  /** The structured event, for webhooks. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly conversationId?: string;
}

export interface SendOutcome {
  readonly ok: boolean;
  readonly error?: string;
  /** When the service asked to wait, in seconds. */
  readonly retryAfterSeconds?: number;
}

export interface Channel {
  /** Stable across restarts: deliveries in the outbox name it. */
  readonly key: string;
  readonly label: string;
  wants(type: NotifyEventType): boolean;
  send(notification: Notification, deliveryId: string, at: string): Promise<SendOutcome>;
}

const sendTimeoutMs = 10_000;

export function configuredChannels(
  notify: Pick<Config['notify'], 'telegram' | 'slack' | 'email' | 'webhooks'>,
  email?: Config['email'],
): Channel[] {
  const channels: Channel[] = [];
  if (notify.telegram) channels.push(telegramChannel(notify.telegram));
  if (notify.slack) channels.push(slackChannel(notify.slack));
  if (notify.email && email) channels.push(emailAlertChannel(notify.email, smtpMailer(email)));
  for (const webhook of notify.webhooks) channels.push(webhookChannel(webhook));
  return channels;
}

function telegramChannel(telegram: NonNullable<Config['notify']['telegram']>): Channel {
  const base = telegram.apiBaseUrl.replace(/\/+$/, '');
  return {
    key: `telegram:${telegram.chatId}`,
    label: `Telegram chat ${telegram.chatId}`,
    wants: (type) => type === 'test' || telegram.events.includes(type),
    async send(notification) {
      try {
        const response = await fetch(`${base}/bot${telegram.token}/sendMessage`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            chat_id: telegram.chatId,
            text: notification.text,
            link_preview_options: { is_disabled: true },
          }),
          signal: AbortSignal.timeout(sendTimeoutMs),
        });
        const body = (await response.json().catch(() => ({}))) as {
          ok?: boolean;
          description?: string;
          parameters?: { retry_after?: number };
        };
        if (response.ok && body.ok) return { ok: true };
        return {
          ok: false,
          error: `Telegram answered ${response.status}${body.description ? `: ${body.description}` : ''}`,
          ...(body.parameters?.retry_after !== undefined
            ? { retryAfterSeconds: body.parameters.retry_after }
            : {}),
        };
      } catch (error) {
        return { ok: false, error: `Telegram unreachable: ${messageOf(error)}` };
      }
    },
  };
}

export function signatureOf(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function webhookChannel(webhook: Config['notify']['webhooks'][number]): Channel {
  return {
    key: `webhook:${webhook.url}`,
    label: `webhook ${webhook.url}`,
    wants: (type) => type === 'test' || webhook.events.includes(type),
    async send(notification, deliveryId, at) {
      const body = JSON.stringify({
        id: deliveryId,
        event: notification.type,
        at,
        ...(notification.conversationId ? { conversationId: notification.conversationId } : {}),
        data: notification.data,
      });
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'chatbot-webhooks',
            'x-chatbot-event': notification.type,
            'x-chatbot-delivery': deliveryId,
            'x-chatbot-signature-256': signatureOf(webhook.secret, body),
          },
          body,
          signal: AbortSignal.timeout(sendTimeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return { ok: true };
        const retryAfter = Number(response.headers.get('retry-after'));
        return {
          ok: false,
          error: `The webhook answered ${response.status}`,
          ...(Number.isFinite(retryAfter) && retryAfter > 0
            ? { retryAfterSeconds: retryAfter }
            : {}),
        };
      } catch (error) {
        return { ok: false, error: `The webhook is unreachable: ${messageOf(error)}` };
      }
    },
  };
}

function messageOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

/** Sends to every channel that wants it, now, with no outbox: `chatbot notify test`. */
export function sendToAll(
  channels: readonly Channel[],
  notification: Notification,
): Promise<Array<{ channel: string; outcome: SendOutcome }>> {
  const at = new Date().toISOString();
  return Promise.all(
    channels
      .filter((channel) => channel.wants(notification.type))
      .map(async (channel) => ({
        channel: channel.label,
        outcome: await channel.send(notification, randomUUID(), at),
      })),
  );
}
