import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botSaid, type Entry, emailBot, page } from '../helpers/email-bot.js';
import { emit, once, visitor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

/** A Spanish visitor who asked for a person, waited past the timeout and left an address. */
async function visitorLeftEmail(url: string, email: string) {
  const socket = visitor(url, { lang: 'es', page });
  const session = await once<{ token: string }>(socket, 'session');
  const asked = botSaid(socket, 'te enviaremos la respuesta por email');
  const ack = await emit<{ conversationId: string }>(socket, 'message', {
    text: 'Quiero hablar con una persona',
  });
  await asked;
  const promised = botSaid(socket, `te responderá por email a ${email}`);
  await emit(socket, 'message', { text: email });
  await promised;
  return { socket, token: session.token, id: ack.conversationId };
}

describe('answers by email when nobody could take the chat', () => {
  it('asks for an email, marks the chat, and mails the operator reply with a link back', async () => {
    const { url, dir, server, smtp, ana } = await emailBot();
    const { socket, token, id } = await visitorLeftEmail(url, 'maria@example.com');
    const book = JSON.parse(readFileSync(join(dir, 'data', 'email.json'), 'utf8'));
    expect(book.followUps[id]).toMatchObject({ email: 'maria@example.com' });
    // Operators see the mark in the conversation: first asked, then the address.
    const marks = (await server.context.store.entriesAfter(id, 0)).filter(
      (entry) => entry.kind === 'event' && entry.type === 'email-follow-up',
    );
    expect(marks.map((entry) => (entry.kind === 'event' ? entry.data : {}))).toEqual([
      {},
      { email: 'maria@example.com' },
    ]);

    await emit(ana, 'message', {
      id,
      text: 'Hola María: la excursión <sale> a las 9:00.\n¡Hasta pronto!',
    });
    await eventually(() => smtp.mails.length === 1, 'the mail to the visitor');
    const mail = smtp.mails[0]!;
    expect(mail.envelopeTo).toEqual(['maria@example.com']);
    expect(mail.parsed.subject).toBe('Ana de Sol y Mar Tours te ha respondido');
    expect(mail.header('content-language')).toBe('es');
    expect(mail.parsed.text).toContain('Ana de Sol y Mar Tours ha respondido a tu pregunta:');
    expect(mail.parsed.text).toContain('la excursión <sale> a las 9:00.\n¡Hasta pronto!');
    expect(mail.parsed.text).toContain(`Continúa la conversación en nuestra web: ${page}`);
    expect(mail.parsed.html).toContain('la excursión &lt;sale&gt; a las 9:00.<br>¡Hasta pronto!');
    expect(mail.parsed.html).toContain(`<a href="${page}">${page}</a>`);
    expect(mail.parsed.html).toContain('<html lang="es">');
    expect(mail.header('list-unsubscribe')).toMatch(
      /^<https:\/\/chat\.solymar\.example\/email\/unsubscribe\?e=maria%40example\.com&t=[\w-]+>$/,
    );
    socket.disconnect();

    // Back on the site later: the answer is in the chat too.
    const back = visitor(url, { token, lang: 'es' });
    await once(back, 'session');
    const synced = await emit<{ entries: Entry[] }>(back, 'sync', { after: 0 });
    expect(synced.entries.at(-1)).toMatchObject({
      author: { kind: 'operator', name: 'Ana' },
      text: 'Hola María: la excursión <sale> a las 9:00.\n¡Hasta pronto!',
    });
  });

  it('out of hours, with the email known from the pre-chat form, promises an answer by email at once', async () => {
    const { url, server, smtp, ana } = await emailBot({ closed: true });
    const socket = visitor(url, { lang: 'en', page });
    await once(socket, 'session');
    const identified = await emit<{ ok: boolean }>(socket, 'identify', {
      name: 'John',
      email: 'john@example.com',
    });
    expect(identified.ok).toBe(true);
    const promised = botSaid(socket, 'Our team will answer by email at john@example.com');
    await emit(socket, 'human');
    await promised;
    const [summary] = server.context.store.list();
    await emit(ana, 'message', { id: summary!.id, text: 'We open on Monday at 9.' });
    await eventually(() => smtp.mails.length === 1, 'the answer by mail');
    expect(smtp.mails[0]!.envelopeTo).toEqual(['john@example.com']);
    expect(smtp.mails[0]!.parsed.subject).toBe('Ana from Sol y Mar Tours answered you');
    expect(smtp.mails[0]!.parsed.text).toContain('We open on Monday at 9.');
  });

  it('stops mailing an address that unsubscribed through the signed link', async () => {
    const { url, smtp, ana } = await emailBot();
    const { id } = await visitorLeftEmail(url, 'maria@example.com');
    await emit(ana, 'message', { id, text: 'First answer' });
    await eventually(() => smtp.mails.length === 1, 'the first mail');
    const link = /<(.+)>/.exec(smtp.mails[0]!.header('list-unsubscribe'))![1]!;
    const local = link.replace('https://chat.solymar.example', url);

    const forged = await fetch(local.replace(/t=[\w-]+/, 't=forged'), { method: 'POST' });
    expect(forged.status).toBe(400);
    const shown = await fetch(local);
    expect(await shown.text()).toContain('<button type="submit">Unsubscribe</button>');
    // A mail client's one-click unsubscribe (RFC 8058) posts to the same link.
    const done = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('maria@example.com will get no more emails');

    await emit(ana, 'message', { id, text: 'Second answer' });
    await eventually(
      async () =>
        /chatbot_visitor_emails_total\{kind="follow-up",outcome="skipped"\} 1/.test(
          await (await fetch(`${url}/metrics`)).text(),
        ),
      'the skipped mail counted',
    );
    expect(smtp.mails).toHaveLength(1);
  });

  it('marks an address the SMTP server rejects as bouncing and sends it nothing more', async () => {
    const { url, dir, smtp, ana } = await emailBot();
    smtp.bounce('nobody@example.com');
    const { id } = await visitorLeftEmail(url, 'nobody@example.com');
    await emit(ana, 'message', { id, text: 'An answer that cannot arrive' });
    await eventually(() => {
      const book = JSON.parse(readFileSync(join(dir, 'data', 'email.json'), 'utf8'));
      return book.bouncing['nobody@example.com'] !== undefined;
    }, 'the address marked bouncing');
    await emit(ana, 'message', { id, text: 'Another answer' });
    await eventually(
      async () =>
        /chatbot_visitor_emails_total\{kind="follow-up",outcome="skipped"\} 1/.test(
          await (await fetch(`${url}/metrics`)).text(),
        ),
      'the second mail skipped',
    );
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/chatbot_visitor_emails_total\{kind="follow-up",outcome="bounced"\} 1/);
    expect(smtp.mails).toHaveLength(0);
  });
});
