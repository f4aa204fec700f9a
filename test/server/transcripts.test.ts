import { describe, expect, it } from 'vitest';
import { botSaid, emailBot } from '../helpers/email-bot.js';
import { emit, once, visitor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

describe('transcripts by email', () => {
  it('sends the visitor the conversation after it is resolved, and the support desk a copy', async () => {
    const { url, smtp, ana } = await emailBot({ copyTo: ['desk@solymar.example'] });
    const socket = visitor(url, { lang: 'ru' });
    const { token } = await once<{ token: string }>(socket, 'session');
    const ack = await emit<{ conversationId: string }>(socket, 'message', {
      text: 'Можно ли взять собаку?',
    });
    const id = ack.conversationId;
    await emit(ana, 'message', { id, text: 'Да, маленькую собаку можно.' });

    const early = await emit<{ ok: boolean; error: { message: string } }>(socket, 'transcript', {
      email: 'ivan@example.com',
    });
    expect(early.ok).toBe(false);
    expect(early.error.message).toContain('once the conversation is resolved');

    await emit(ana, 'resolve', { id });
    const told = botSaid(socket, 'Переписка отправлена на ivan@example.com');
    const sent = await emit<{ ok: boolean }>(socket, 'transcript', { email: 'Ivan@Example.com' });
    expect(sent.ok).toBe(true);
    await told;
    await eventually(() => smtp.mails.length === 2, 'the transcript and its copy');

    const mine = smtp.mails.find((mail) => mail.envelopeTo.includes('ivan@example.com'))!;
    expect(mine.parsed.subject).toBe('Ваша переписка с Sol y Mar Tours');
    expect(mine.header('content-language')).toBe('ru');
    expect(mine.parsed.text).toContain('Вы: Можно ли взять собаку?');
    expect(mine.parsed.text).toContain('Ana: Да, маленькую собаку можно.');
    expect(mine.parsed.html).toContain('<b>Ana:</b><br>Да, маленькую собаку можно.');
    expect(mine.header('list-unsubscribe')).toContain('/email/unsubscribe?e=ivan%40example.com');

    const copy = smtp.mails.find((mail) => mail.envelopeTo.includes('desk@solymar.example'))!;
    expect(copy.parsed.text).toContain('Вы: Можно ли взять собаку?');
    expect(copy.header('list-unsubscribe')).toBe('');

    const bad = await emit<{ ok: boolean }>(socket, 'transcript', { email: 'not an address' });
    expect(bad.ok).toBe(false);

    // Not a way to mail strangers: three per conversation, whatever the connection.
    const ivan = { email: 'ivan@example.com' };
    expect((await emit<{ ok: boolean }>(socket, 'transcript', ivan)).ok).toBe(true);
    expect((await emit<{ ok: boolean }>(socket, 'transcript', ivan)).ok).toBe(true);
    const again = visitor(url, { token });
    await once(again, 'session');
    const refused = await emit<{ ok: boolean; error: { code: string } }>(again, 'transcript', {
      email: 'someone@example.com',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
