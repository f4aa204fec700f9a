/**
 * Email for visitors nobody could answer in time: when a handoff waits past
 * handoff.waitTimeout or happens out of hours, the conversation is marked for email follow-up
 * (the visitor is asked for an address if none is known) and every operator reply to it is
 * also mailed. Also sends transcripts on request. An address that opted out or bounced gets
 * nothing more; an SMTP rejection marks it bouncing.
 * Subscribed to the service's events; never holds up a chat.
 */
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Conversation, MessageEntry } from '../domain/conversation.js';
import { fillEmailText, resolveEmailStrings } from '../kb/email-strings.js';
import type { EmailBook } from '../notify/email-book.js';
import type { Mail, Mailer } from '../notify/mailer.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { Store } from '../store/store.js';
import { channelOf } from '../store/summaries.js';
import type { ConversationService } from './conversation-service.js';
import { type MailContext, operatorReplyMail, transcriptMail } from './visitor-mails.js';

export type VisitorMailKind = 'follow-up' | 'transcript';
export type VisitorMailOutcome = 'sent' | 'bounced' | 'failed' | 'skipped';

export interface VisitorEmailOptions {
  readonly service: ConversationService;
  readonly store: Store;
  readonly book: EmailBook;
  readonly snapshot: () => BotSnapshot;
  /** A mailer for the current config, or undefined when the config has no email section. */
  readonly mailer: () => Mailer | undefined;
  readonly logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  /** The server's public address (links in mails); see ownerServerUrl. */
  readonly serverUrl: () => string;
  readonly unsubscribeUrl: (email: string) => string;
  readonly counted?: (kind: VisitorMailKind, outcome: VisitorMailOutcome) => void;
  readonly clock?: () => Date;
  /** Waits between tries of a deferred mail; three tries in all. */
  readonly retryDelaysMs?: readonly number[];
}

export class VisitorEmail {
  private readonly clock: () => Date;

  constructor(private readonly options: VisitorEmailOptions) {
    this.clock = options.clock ?? (() => new Date());
    const { service } = options;
    const quietly = (work: Promise<unknown>) =>
      void work.catch((error: unknown) =>
        options.logger.error({ err: error }, 'email follow-up failed'),
      );
    service.on('handoff', (id, notice) => {
      if (notice.reason === 'wait-timeout' || !notice.humanAvailable)
        quietly(this.startFollowUp(id));
    });
    service.on('lead', (id, change) => {
      if (change.added.email) quietly(this.emailGiven(id, change.added.email));
    });
    service.on('entry', (id, entry) => {
      if (entry.kind === 'message' && entry.author.kind === 'operator')
        quietly(this.operatorReplied(id, entry));
    });
  }

  private config(): Config {
    return this.options.snapshot().config;
  }

  private followUpOn(): boolean {
    return this.config().email?.followUp === true;
  }

  /** Marks the conversation and tells the visitor where the answer will come. */
  private async startFollowUp(id: string): Promise<void> {
    if (!this.followUpOn() || this.options.book.followUp(id)) return;
    const conversation = await this.options.store.get(id);
    // Telegram users have the chat itself, and an API caller answers its own users.
    if (!conversation || channelOf(conversation) !== 'widget') return;
    const email = conversation.contact.email;
    await this.options.book.markFollowUp(id, this.clock(), email);
    await this.options.service.markEmailFollowUp(id, email);
    const texts = this.textsFor(conversation.lang);
    await this.options.service.botNotice(
      id,
      email ? fillEmailText(texts.willEmail, { email }) : texts.askEmail,
    );
  }

  private async emailGiven(id: string, email: string): Promise<void> {
    const followUp = this.options.book.followUp(id);
    if (!followUp || followUp.email === email.toLowerCase()) return;
    await this.options.book.markFollowUp(id, this.clock(), email);
    await this.options.service.markEmailFollowUp(id, email.toLowerCase());
    const conversation = await this.options.store.get(id);
    if (!conversation) return;
    const texts = this.textsFor(conversation.lang);
    await this.options.service.botNotice(id, fillEmailText(texts.willEmail, { email }));
  }

  private async operatorReplied(id: string, reply: MessageEntry): Promise<void> {
    const email = this.options.book.followUp(id)?.email;
    if (!email || !reply.text.trim()) return;
    const conversation = await this.options.store.get(id);
    if (!conversation) return;
    const mail = operatorReplyMail(email, reply, this.contextFor(conversation, email));
    await this.deliver('follow-up', email, mail, id);
  }

  /**
   * The whole conversation to the visitor's address (given now, or known), and a copy to the
   * owners' email.transcripts.copyTo. Resolves with the address it went to.
   */
  async sendTranscript(id: string, given?: string): Promise<VisitorMailOutcome> {
    const email = this.config().email;
    if (!email?.transcripts.enabled) return 'skipped';
    const conversation = await this.options.store.get(id);
    const to = given?.toLowerCase() ?? conversation?.contact.email;
    if (!conversation || !to) return 'skipped';
    const entries = await this.options.store.entriesAfter(id, 0);
    const mail = transcriptMail(to, conversation, entries, this.contextFor(conversation, to));
    const outcome = await this.deliver('transcript', to, mail, id);
    if (email.transcripts.copyTo.length > 0) {
      // The owners' copy: an unsubscribe link in it would opt the visitor out.
      const { unsubscribeUrl: _visitors, ...owners } = this.contextFor(conversation, to);
      const copy = transcriptMail(email.transcripts.copyTo, conversation, entries, owners);
      void this.send(copy).then((result) => {
        if (!result.ok)
          this.options.logger.warn(
            { conversationId: id, error: result.error },
            'transcript copy failed',
          );
      });
    }
    if (outcome === 'sent') {
      const texts = this.textsFor(conversation.lang);
      await this.options.service.botNotice(id, fillEmailText(texts.transcriptSent, { email: to }));
    }
    return outcome;
  }

  textsFor(lang: string) {
    const snapshot = this.options.snapshot();
    const known = snapshot.languages.get(lang);
    return resolveEmailStrings(lang, known?.file.email);
  }

  private contextFor(conversation: Conversation, email: string): MailContext {
    return {
      bot: this.config().name,
      lang: conversation.lang,
      texts: this.textsFor(conversation.lang),
      chatUrl:
        conversation.visitor.page ?? this.config().server.publicUrl ?? this.options.serverUrl(),
      unsubscribeUrl: this.options.unsubscribeUrl(email),
    };
  }

  /** Sends unless the address is blocked; a permanent rejection marks it bouncing. */
  private async deliver(
    kind: VisitorMailKind,
    email: string,
    mail: Mail,
    conversationId: string,
  ): Promise<VisitorMailOutcome> {
    const blocked = this.options.book.blocked(email);
    const log = { conversationId, kind };
    if (blocked) {
      this.options.logger.info({ ...log, why: blocked }, 'no mail sent: the address is blocked');
      return this.count(kind, 'skipped');
    }
    const delays = this.options.retryDelaysMs ?? [2_000, 30_000];
    for (let attempt = 0; ; attempt++) {
      const result = await this.send(mail);
      if (result.ok) return this.count(kind, 'sent');
      if (result.permanent) {
        await this.options.book.markBouncing(email, this.clock(), result.error);
        this.options.logger.warn(
          { ...log, error: result.error },
          'the SMTP server rejected the address: it is marked bouncing and gets no more follow-ups',
        );
        return this.count(kind, 'bounced');
      }
      const delay = delays[attempt];
      if (delay === undefined) {
        this.options.logger.error({ ...log, error: result.error }, 'a mail to a visitor failed');
        return this.count(kind, 'failed');
      }
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    }
  }

  private async send(mail: Mail) {
    const mailer = this.options.mailer();
    if (!mailer) return { ok: false as const, permanent: false, error: 'email is not configured' };
    try {
      return await mailer.send(mail);
    } finally {
      mailer.close();
    }
  }

  private count(kind: VisitorMailKind, outcome: VisitorMailOutcome): VisitorMailOutcome {
    this.options.counted?.(kind, outcome);
    return outcome;
  }
}
