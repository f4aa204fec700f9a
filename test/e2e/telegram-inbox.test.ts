/**
 * A Telegram user's conversation in the real `chatbot inbox` (tmux, 100×30): the operator opens
 * it, sees it marked Telegram, replies, and the reply reaches the user through the Bot API (a
 * local fake speaking its wire format). The same for a widget visitor left waiting: the reply
 * from the inbox arrives by email at a real SMTP server.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramBotApiFake } from '../fakes/telegram-bot-api-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { botSaid, emailBot } from '../helpers/email-bot.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function inboxOn(url: string, conversationId: string, token: string): TmuxSession {
  const session = new TmuxSession(
    `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --open ${conversationId}`,
    { width: 100, height: 30, env: { HOME: demoProject(), CHATBOT_TOKEN: token } },
  );
  sessions.push(session);
  return session;
}

async function reply(session: TmuxSession, text: string): Promise<void> {
  session.keys('c');
  await session.waitFor('> █', 30_000);
  session.type(text);
  session.keys('Enter');
}

describe('replies from the inbox beyond the widget', () => {
  it('reach a Telegram user through the Bot API', async () => {
    const secretToken = 'tg-secret-0123456789abcdef';
    const botApi = await startTelegramBotApiFake('777:chat');
    cleanupAfterTest(() => botApi.close());
    const dir = demoProject({
      'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai: { cascade: [{ provider: offline }] }
channels:
  telegram: { token: "777:chat", secretToken: "${secretToken}", apiBaseUrl: "${botApi.url}" }
`,
    });
    const { url, server } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const posted = await fetch(`${url}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': secretToken,
      },
      body: JSON.stringify({
        update_id: 1,
        message: {
          message_id: 1,
          date: 1_765_000_000,
          chat: { id: 99, type: 'private' },
          from: { id: 99, is_bot: false, first_name: 'Olga', language_code: 'en' },
          text: 'Is the Girona trip on Sundays?',
        },
      }),
    });
    expect(posted.status).toBe(200);
    await eventually(() => botApi.sent().length === 1, 'the bot reply in Telegram');
    const [conversation] = server.context.store.list();

    const session = inboxOn(url, conversation!.id, token);
    const screen = await session.waitFor('Girona trip on Sundays', 30_000);
    expect(screen).toContain('Telegram');
    await reply(session, 'Yes, every Sunday at 8:30.');
    await eventually(() => botApi.sent().length === 2, 'the reply in Telegram');
    expect(botApi.sent()[1]).toEqual({ chat_id: '99', text: 'Ann: Yes, every Sunday at 8:30.' });
  });

  it('reach a widget visitor nobody could answer by email', async () => {
    const { url, dir, smtp } = await emailBot();
    const token = await addOperator(dir, 'Ann');
    const socket = visitor(url, { lang: 'en', page: 'https://solymar.example/girona' });
    await once(socket, 'session');
    const asked = botSaid(socket, 'our answer will come to you by email');
    const ack = await emit<{ conversationId: string }>(socket, 'message', {
      text: 'I want to talk to a person',
    });
    await asked;
    const promised = botSaid(socket, 'Our team will answer by email at olga@example.com');
    await emit(socket, 'message', { text: 'olga@example.com' });
    await promised;
    socket.disconnect();

    const session = inboxOn(url, ack.conversationId, token);
    await session.waitFor('replies also go by email to olga@example.com', 30_000);
    await reply(session, 'The Girona trip runs on Sundays.');
    await eventually(() => smtp.mails.length === 1, 'the mail');
    expect(smtp.mails[0]!.envelopeTo).toEqual(['olga@example.com']);
    expect(smtp.mails[0]!.parsed.subject).toBe('Ann from Sol y Mar Tours answered you');
    expect(smtp.mails[0]!.parsed.text).toContain('The Girona trip runs on Sundays.');
    expect(smtp.mails[0]!.parsed.text).toContain('https://solymar.example/girona');
  });
});
