/**
 * The public unsubscribe link in visitors' mails. GET shows a button (a link scanner opening
 * the mail must not unsubscribe anyone); POST, from that button or a mail client's one-click
 * unsubscribe (RFC 8058), records the opt-out. The signed token names exactly one address.
 */
import express, { type Request, type Response, type Router } from 'express';
import { fillEmailText, resolveEmailStrings } from '../../kb/email-strings.js';
import type { EmailBook } from '../../notify/email-book.js';
import { escapeHtml } from '../../notify/mailer.js';
import { validUnsubscribeToken } from '../../notify/unsubscribe-token.js';
import type { ServerContext } from '../context.js';

/** The paths the email routes answer. */
export const emailPaths = ['/email/unsubscribe'];

export function emailRoutes(context: ServerContext, book: EmailBook, secret: Buffer): Router {
  const router = express.Router();
  const signed = (request: Request): string | undefined => {
    const email = typeof request.query.e === 'string' ? request.query.e.slice(0, 320) : '';
    const token = typeof request.query.t === 'string' ? request.query.t.slice(0, 100) : '';
    return email && token && validUnsubscribeToken(secret, email, token) ? email : undefined;
  };
  const refuse = (response: Response) =>
    response.status(400).type('html').send(page('en', 'This unsubscribe link is not valid.'));

  router.get('/email/unsubscribe', (request, response) => {
    const email = signed(request);
    if (!email) return refuse(response);
    const query = new URLSearchParams({ e: email, t: String(request.query.t) });
    response
      .type('html')
      .send(
        page(
          context.config().languages.default,
          `<form method="post" action="/email/unsubscribe?${escapeHtml(query.toString())}"><p>${escapeHtml(email)}</p><button type="submit">Unsubscribe</button></form>`,
          true,
        ),
      );
  });

  router.post('/email/unsubscribe', async (request, response) => {
    const email = signed(request);
    if (!email) return refuse(response);
    await book.optOut(email, new Date());
    context.logger.info('a visitor unsubscribed from follow-up mails');
    const { default: lang } = context.config().languages;
    const texts = resolveEmailStrings(lang, context.bot.snapshot.languages.get(lang)?.file.email);
    response
      .type('html')
      .send(page(lang, fillEmailText(texts.unsubscribed, { email, bot: context.config().name })));
  });
  return router;
}

function page(lang: string, body: string, markup = false): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Unsubscribe</title></head><body>${markup ? body : `<p>${escapeHtml(body)}</p>`}</body></html>`;
}
