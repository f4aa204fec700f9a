/**
 * Mail out through the configured SMTP server (nodemailer). A send says whether the server
 * took the mail, and when it did not, whether trying again can help: a 5xx reply to the
 * recipient is a permanent rejection (the address bounces), anything else (4xx, a dropped
 * connection) is worth a retry.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailConfig } from '../config/email-schema.js';

export interface Mail {
  readonly to: string | readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly lang?: string;
}

export type MailOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly permanent: boolean; readonly error: string };

export interface Mailer {
  send(mail: Mail): Promise<MailOutcome>;
  close(): void;
}

const timeoutMs = 20_000;

export function smtpMailer(email: EmailConfig): Mailer {
  const { smtp } = email;
  const transport: Transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: email.from,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          to: typeof mail.to === 'string' ? mail.to : [...mail.to],
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          headers: { ...mail.headers, ...(mail.lang ? { 'Content-Language': mail.lang } : {}) },
        });
        const refused = info.rejected?.[0];
        if (refused !== undefined)
          return { ok: false, permanent: true, error: `SMTP refused ${String(refused)}` };
        return { ok: true };
      } catch (error) {
        return smtpFailure(error);
      }
    },
    close: () => transport.close(),
  };
}

function smtpFailure(error: unknown): MailOutcome {
  const failure = error as { responseCode?: number; response?: string; code?: string };
  const message =
    failure.response ?? failure.code ?? (error instanceof Error ? error.message : String(error));
  const permanent = (failure.responseCode ?? 0) >= 500 && failure.code === 'EENVELOPE';
  return { ok: false, permanent, error: `SMTP: ${message}` };
}

/** Text a visitor or a mail client shows as is, made safe to put into HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
