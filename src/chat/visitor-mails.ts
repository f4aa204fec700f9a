/**
 * The mails a visitor gets, in their language: an operator's answer to a conversation marked
 * for email follow-up, and a transcript. Plain text and a simple HTML part; every text a person
 * wrote is escaped into the HTML, never taken as markup.
 */

import type { Conversation, MessageEntry, TimelineEntry } from '../domain/conversation.js';
import { type EmailStrings, fillEmailText } from '../kb/email-strings.js';
import { escapeHtml, type Mail } from '../notify/mailer.js';

export interface MailContext {
  readonly bot: string;
  readonly lang: string;
  readonly texts: EmailStrings;
  /** Where the visitor continues the chat on the site. */
  readonly chatUrl: string;
  readonly unsubscribeUrl?: string;
}

export function operatorReplyMail(to: string, reply: MessageEntry, context: MailContext): Mail {
  const { texts } = context;
  const name = reply.author.kind === 'operator' ? reply.author.name : context.bot;
  const values = { name, bot: context.bot, url: context.chatUrl };
  const intro = fillEmailText(texts.replyIntro, values);
  const link = fillEmailText(texts.replyLink, values);
  const text = [intro, '', reply.text, '', link, ...unsubscribeLines(context)].join('\n');
  const html = page(context.lang, [
    `<p>${escapeHtml(intro)}</p>`,
    `<blockquote>${paragraphs(reply.text)}</blockquote>`,
    `<p>${linkLine(link, context.chatUrl)}</p>`,
    ...unsubscribeHtml(context),
  ]);
  return {
    to,
    subject: fillEmailText(texts.replySubject, values),
    text,
    html,
    lang: context.lang,
    headers: unsubscribeHeaders(context),
  };
}

export function transcriptMail(
  to: string | readonly string[],
  conversation: Conversation,
  entries: readonly TimelineEntry[],
  context: MailContext,
): Mail {
  const { texts } = context;
  const values = { bot: context.bot, url: context.chatUrl };
  const messages = entries.filter(
    (entry): entry is MessageEntry => entry.kind === 'message' && entry.text.trim() !== '',
  );
  const who = (message: MessageEntry) =>
    message.author.kind === 'visitor'
      ? texts.you
      : message.author.kind === 'operator'
        ? message.author.name
        : texts.assistant;
  const intro = fillEmailText(texts.transcriptIntro, values);
  const link = fillEmailText(texts.replyLink, values);
  const text = [
    intro,
    '',
    ...messages.map((message) => `${who(message)}: ${message.text}`),
    '',
    link,
    ...unsubscribeLines(context),
  ].join('\n');
  const html = page(context.lang, [
    `<p>${escapeHtml(intro)}</p>`,
    ...messages.map(
      (message) => `<p><b>${escapeHtml(who(message))}:</b><br>${paragraphs(message.text)}</p>`,
    ),
    `<p>${linkLine(link, context.chatUrl)}</p>`,
    ...unsubscribeHtml(context),
  ]);
  return {
    to,
    subject: fillEmailText(texts.transcriptSubject, values),
    text,
    html,
    lang: context.lang,
    headers: { 'X-Chatbot-Conversation': conversation.id, ...unsubscribeHeaders(context) },
  };
}

function unsubscribeLines(context: MailContext): string[] {
  if (!context.unsubscribeUrl) return [];
  return ['', '-- ', fillEmailText(context.texts.unsubscribe, { url: context.unsubscribeUrl })];
}

function unsubscribeHtml(context: MailContext): string[] {
  if (!context.unsubscribeUrl) return [];
  const line = fillEmailText(context.texts.unsubscribe, { url: context.unsubscribeUrl });
  return [`<hr><p><small>${linkLine(line, context.unsubscribeUrl)}</small></p>`];
}

/** RFC 8058 one-click unsubscribe, which mail clients show as their own button. */
function unsubscribeHeaders(context: MailContext): Record<string, string> {
  if (!context.unsubscribeUrl) return {};
  return {
    'List-Unsubscribe': `<${context.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** A text line whose URL becomes a link. */
function linkLine(line: string, url: string): string {
  const anchor = `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  return line.split(url).map(escapeHtml).join(anchor);
}

function paragraphs(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>');
}

function page(lang: string, body: string[]): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body>\n${body.join('\n')}\n</body></html>`;
}
