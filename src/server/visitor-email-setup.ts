/**
 * Starts email for visitors (follow-ups, transcripts, opt-outs): the address book in the data
 * directory, the service subscriber, and its log lines and metric.
 */
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { ConversationService } from '../chat/conversation-service.js';
import { VisitorEmail } from '../chat/visitor-email.js';
import type { Config } from '../config/schema.js';
import { EmailBook } from '../notify/email-book.js';
import { smtpMailer } from '../notify/mailer.js';
import { unsubscribeUrl } from '../notify/unsubscribe-token.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { Store } from '../store/store.js';

export interface VisitorEmailSetup {
  readonly dataDir: string;
  readonly secret: Buffer;
  readonly service: ConversationService;
  readonly store: Store;
  readonly snapshot: () => BotSnapshot;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly serverUrl: () => string;
}

export interface VisitorEmailParts {
  readonly book: EmailBook;
  readonly visitorEmail: VisitorEmail;
  readonly secret: Buffer;
}

export async function startVisitorEmail(setup: VisitorEmailSetup): Promise<VisitorEmailParts> {
  const book = await EmailBook.open(setup.dataDir);
  const mails = new Counter({
    name: 'chatbot_visitor_emails_total',
    help: 'Mails to visitors (follow-up answers, transcripts), by outcome: sent, bounced (the SMTP server rejected the address, which gets no more), failed (after retries), skipped (opted out or bouncing).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [setup.registry],
  });
  const config = (): Config => setup.snapshot().config;
  const visitorEmail = new VisitorEmail({
    service: setup.service,
    store: setup.store,
    book,
    snapshot: setup.snapshot,
    mailer: () => {
      const email = config().email;
      return email ? smtpMailer(email) : undefined;
    },
    logger: setup.logger,
    serverUrl: setup.serverUrl,
    unsubscribeUrl: (email) => unsubscribeUrl(setup.serverUrl(), setup.secret, email),
    counted: (kind, outcome) => mails.inc({ kind, outcome }),
  });
  return { book, visitorEmail, secret: setup.secret };
}
