/**
 * The `email` section: the SMTP server mail leaves through and what is sent by it (owner
 * alerts, answers to visitors nobody could take in time, transcripts). Secrets come from
 * ${VAR}s (see env-fields.ts).
 */
import { z } from 'zod';

export const emailAddress = z.email({ error: 'Expected an email address like help@example.com' });

const smtp = z
  .strictObject({
    host: z.string().min(1).describe('SMTP server host; use ${SMTP_HOST}.'),
    port: z.coerce
      .number()
      .int()
      .min(1)
      .max(65_535)
      .default(587)
      .describe('SMTP port: 587 (STARTTLS) or 465.'),
    secure: z
      .boolean()
      .default(false)
      .describe('TLS from the first byte (port 465); false upgrades with STARTTLS when offered.'),
    user: z.string().min(1).optional().describe('SMTP login; use ${SMTP_USER}.'),
    pass: z.string().min(1).optional().describe('SMTP password; use ${SMTP_PASS}.'),
  })
  .describe('The SMTP server mail is sent through.');

export const email = z
  .strictObject({
    from: z
      .string()
      .min(3)
      .describe('The sender every mail carries, e.g. "Sol y Mar <help@example.com>".'),
    replyTo: emailAddress.optional().describe('Where replies to a mail go (default: from).'),
    smtp,
    followUp: z
      .boolean()
      .default(true)
      .describe(
        'When a handoff waits past handoff.waitTimeout or happens out of hours, ask the visitor for an email and send the operator reply by email.',
      ),
    transcripts: z
      .strictObject({
        enabled: z
          .boolean()
          .default(true)
          .describe('Show "Email me this conversation" after the conversation is resolved.'),
        copyTo: z
          .array(emailAddress)
          .default([])
          .describe('Support addresses that get a copy of every transcript sent.'),
      })
      .prefault({})
      .describe('Conversation transcripts by email.'),
  })
  .optional()
  .describe('Email through SMTP: follow-ups, transcripts and owner alerts (docs/channels.md).');

export type EmailConfig = NonNullable<z.output<typeof email>>;
