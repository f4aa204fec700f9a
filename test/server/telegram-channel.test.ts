import { describe, expect, it } from 'vitest';
import { startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import { addOperator, connectedOperator, emit, startServer } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

const secretToken = 'tg-secret-0123456789abcdef';

async function telegramBot() {
  const botApi = await startHttpRecorder(telegramOk);
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

/** What the Bot API posts to the webhook for a user's text message. */
function postUpdate(url: string, updateId: number, text: string, token = secretToken) {
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
        text,
      },
    }),
  });
}

const sent = (botApi: { calls: { path: string; body: string }[] }) =>
  botApi.calls
    .filter((call) => call.path === '/bot777:chat/sendMessage')
    .map((call) => JSON.parse(call.body) as { chat_id: string; text: string });

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
    await emit(ana, 'message', { id: conversation!.id, text: 'Здравствуйте! 65 евро.' });
    await eventually(() => sent(botApi).length === 2, 'the operator reply in Telegram');
    expect(sent(botApi)[1]).toEqual({ chat_id: '4242', text: 'Ana: Здравствуйте! 65 евро.' });

    // The user's next message reaches the operator, and the bot stays quiet.
    await postUpdate(url, 3, 'Спасибо!');
    await eventually(
      async () =>
        (await server.context.store.entriesAfter(conversation!.id, 0)).some(
          (entry) => entry.kind === 'message' && entry.text === 'Спасибо!',
        ),
      'the next message stored',
    );
    expect(sent(botApi)).toHaveLength(2);
  });
});
