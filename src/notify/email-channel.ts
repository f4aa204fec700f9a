/**
 * Owner alerts by email: the same text Telegram gets, its first line as the subject, with a
 * plain HTML part. A mail the SMTP server refuses stays in the outbox like any failed send.
 */
import type { Config } from '../config/schema.js';
import type { Channel, Notification } from './channels.js';
import { escapeHtml, type Mail, type Mailer } from './mailer.js';

export function emailAlertChannel(
  alerts: NonNullable<Config['notify']['email']>,
  mailer: Mailer,
): Channel {
  return {
    key: `email:${alerts.to.join(',')}`,
    label: `email to ${alerts.to.join(', ')}`,
    wants: (type) => type === 'test' || alerts.events.includes(type),
    async send(notification, deliveryId) {
      const outcome = await mailer.send(alertMail(alerts.to, notification, deliveryId));
      return outcome.ok ? { ok: true } : { ok: false, error: outcome.error };
    },
  };
}

export function alertMail(to: readonly string[], notification: Notification, id: string): Mail {
  const [subject = notification.type, ...rest] = notification.text.split('\n');
  const body = rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return {
    to,
    subject,
    text: notification.text,
    html: `<!doctype html><html><body><h3>${escapeHtml(subject)}</h3>\n${body}</body></html>`,
    headers: {
      'X-Chatbot-Event': notification.type,
      'X-Chatbot-Delivery': id,
      ...(notification.conversationId
        ? { 'X-Chatbot-Conversation': notification.conversationId }
        : {}),
    },
  };
}
