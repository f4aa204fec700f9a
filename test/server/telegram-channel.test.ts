import { describe, expect, it } from 'vitest';
import { startTelegramBotApiFake } from '../fakes/telegram-bot-api-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import { addOperator, connectedOperator, emit, startServer } from '../helpers/server.js';
import { onePixelPng, operatorUpload } from '../helpers/uploads.js';
import { eventually } from '../helpers/wait.js';

const secretToken = 'tg-secret-0123456789abcdef';

async function telegramBot() {
  const botApi = await startTelegramBotApiFake('777:chat');
  cleanupAfterTest(() => botApi.close());
  const dir = demoProject({
    'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai: { cascade: [{ provider: offline }] }
handoff:
  keywords: { en: ["talk to a person"], ru: ["оператор"], es: ["hablar con una persona"] }
channels:
  telegram: { token: "\${TG_TOKEN}", secretToken: "${secretToken}", apiBaseUrl: "${botApi.url}" }
`,
  });
  const running = await startServer({ dir, env: { TG_TOKEN: '777:chat' } });
  return { ...running, botApi };
}

/** What the Bot API posts to the webhook for a user's message. */
function postUpdate(
  url: string,
  updateId: number,
  text: string,
  token = secretToken,
  extra: Record<string, unknown> = {},
) {
  return fetch(`${url}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': token },
    body: JSON.stringify({
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 1_765_000_000,
        chat: { id: 4242, type: 'private', first_name: 'Olga' },
        from: { id: 4242, is_bot: false, first_name: 'Olga', language_code: 'ru' },
        ...(text ? { text } : {}),
        ...extra,
      },
    }),
  });
}

const sent = (botApi: { sent(): Array<{ chat_id: string; text: string }> }) => botApi.sent();

describe('Telegram as a chat channel', () => {
  it('answers a Telegram user in their language, and an operator takes over from the inbox', async () => {
    const { url, dir, server, botApi } = await telegramBot();
    expect((await postUpdate(url, 1, 'Привет', 'wrong-secret-0123456789')).status).toBe(401);
    expect(server.context.store.list()).toHaveLength(0);

    expect((await postUpdate(url, 2, 'Сколько стоит поездка на Монтсеррат?')).status).toBe(200);
    // Telegram resends an update it got no answer to: stored once.
    expect((await postUpdate(url, 2, 'Сколько стоит поездка на Монтсеррат?')).status).toBe(200);
    await eventually(() => sent(botApi).length === 1, 'the bot reply in Telegram');
    const [conversation] = server.context.store.list();
    expect(conversation).toMatchObject({
      channel: 'telegram',
      lang: 'ru',
      externalId: 'telegram:4242',
    });
    expect(conversation!.messages).toBe(2);
    expect(sent(botApi)[0]!.chat_id).toBe('4242');

    const ana = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const listed = await emit<{ conversations: { id: string; channel: string }[] }>(
      ana,
      'conversations',
      { channel: 'telegram' },
    );
    expect(listed.conversations.map((c) => c.channel)).toEqual(['telegram']);
    // Telegram says "too many requests" once: the reply waits as asked and goes, in order.
    botApi.tooMany(1, 1);
    await emit(ana, 'message', { id: conversation!.id, text: 'Здравствуйте! 65 евро.' });
    await emit(ana, 'message', { id: conversation!.id, text: 'Детям скидка.' });
    await eventually(() => sent(botApi).length === 3, 'the operator replies in Telegram');
    expect(sent(botApi).slice(1)).toEqual([
      { chat_id: '4242', text: 'Ana: Здравствуйте! 65 евро.' },
      { chat_id: '4242', text: 'Ana: Детям скидка.' },
    ]);

    // The user's next message reaches the operator, and the bot stays quiet.
    await postUpdate(url, 3, 'Спасибо!');
    await eventually(
      async () =>
        (await server.context.store.entriesAfter(conversation!.id, 0)).some(
          (entry) => entry.kind === 'message' && entry.text === 'Спасибо!',
        ),
      'the next message stored',
    );
    expect(sent(botApi)).toHaveLength(3);
  });

  it('keeps a photo a Telegram user sends as an upload of the conversation, within the upload rules', async () => {
    const { url, server, botApi } = await telegramBot();
    botApi.addFile('photo-big', 'photos/file_7.png', onePixelPng);
    botApi.addFile('script', 'documents/evil.svg', Buffer.from('<svg onload="alert(1)"/>'));
    const photo = [
      { file_id: 'photo-small', file_unique_id: 's', width: 1, height: 1, file_size: 10 },
      {
        file_id: 'photo-big',
        file_unique_id: 'b',
        width: 1,
        height: 1,
        file_size: onePixelPng.length,
      },
    ];
    expect(
      (await postUpdate(url, 10, '', secretToken, { photo, caption: 'My ticket' })).status,
    ).toBe(200);
    await postUpdate(url, 11, '', secretToken, {
      document: { file_id: 'script', file_name: 'evil.svg', file_size: 24 },
    });
    const [conversation] = server.context.store.list();
    const entries = await server.context.store.entriesAfter(conversation!.id, 0);
    const messages = entries.filter(
      (entry) => entry.kind === 'message' && entry.author.kind === 'visitor',
    );
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({ text: 'My ticket', attachments: [{ type: 'image/png' }] });
    const attachment = message!.kind === 'message' ? message!.attachments[0]! : undefined;
    const served = await fetch(`${url}${attachment!.url}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(onePixelPng)).toBe(true);
  });

  it("sends an operator's photo with sendPhoto and a PDF with sendDocument, retrying a 429", async () => {
    const { url, dir, server, botApi } = await telegramBot();
    await postUpdate(url, 20, 'Можно карту маршрута?');
    await eventually(() => sent(botApi).length === 1, 'the bot reply in Telegram');
    const [conversation] = server.context.store.list();
    const ana = await addOperator(dir, 'Ana', 'manager');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    // Telegram asks to wait once: the photo goes after the wait, and the PDF after the photo.
    botApi.tooMany(1, 1);
    const photo = await operatorUpload(url, ana, conversation!.id, onePixelPng, 'map.png');
    expect(photo.status).toBe(201);
    const document = await operatorUpload(url, ana, conversation!.id, pdf, 'route.pdf');
    expect(document.status).toBe(201);
    await eventually(() => botApi.sentFiles().length === 2, 'both files in Telegram');
    const [sentPhoto, sentDocument] = botApi.sentFiles();
    expect(sentPhoto).toMatchObject({
      method: 'sendPhoto',
      chat_id: '4242',
      caption: 'Ana',
      name: 'map.png',
      type: 'image/png',
    });
    expect(sentPhoto!.bytes.equals(onePixelPng)).toBe(true);
    expect(sentDocument).toMatchObject({
      method: 'sendDocument',
      chat_id: '4242',
      name: 'route.pdf',
      type: 'application/pdf',
    });
    expect(sentDocument!.bytes.equals(pdf)).toBe(true);
    expect(botApi.calls.filter((call) => call.status === 429)).toHaveLength(1);
    // A file is no text: nothing else went to the chat.
    expect(sent(botApi)).toHaveLength(1);
  });
});
