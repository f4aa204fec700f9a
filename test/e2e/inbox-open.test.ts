/**
 * The command a lead notification gives the owner, pasted into a real terminal: the real
 * `chatbot inbox` (tmux, 80×24) starts on that conversation. A real server; Telegram is a fake.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, readRepoFile, repoRoot } from '../helpers/project.js';
import { addOperator, emit, firstMessage, once, startServer, visitor } from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

describe('chatbot inbox --open, from a notification', () => {
  it('starts on the conversation the notification was about', async () => {
    const telegram = await startHttpRecorder(telegramOk);
    cleanupAfterTest(() => telegram.close());
    const dir = demoProject({
      'chatbot.config.yaml': `${readRepoFile('chatbot.config.yaml')}
notify:
  telegram: { token: "123:abc", chatId: 42, apiBaseUrl: "${telegram.url}", events: [lead] }
`,
    });
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');

    // Another chat is more recent by the time the owner looks: the list alone would open it.
    const maria = visitor(url, { lang: 'en' });
    await once(maria, 'session');
    // The first message makes the conversation; its acknowledgement names it.
    const { conversationId } = await firstMessage(
      maria,
      "I'm Maria, maria@example.com, about Girona",
    );
    const other = visitor(url, { lang: 'es' });
    await once(other, 'session');
    await emit(other, 'message', { text: '¿Cuánto cuesta Montserrat?' });

    const deadline = Date.now() + 20_000;
    while (telegram.calls.length === 0 && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 50));
    const text = JSON.parse(telegram.calls[0]!.body).text as string;
    const command = /^Open it: chatbot (inbox --url \S+ --open \S+)$/m.exec(text)?.[1];
    expect(command).toContain(`--open ${conversationId}`);

    const session = new TmuxSession(`node ${join(repoRoot, 'bin/chatbot.js')} ${command}`, {
      width: 80,
      height: 24,
      env: { HOME: demoProject(), CHATBOT_TOKEN: token },
    });
    sessions.push(session);
    const screen = await session.waitFor('about Girona', 30_000);
    expect(screen).toMatch(/Maria · (online|offline)/);
    expect(screen).not.toContain('Cuánto cuesta');
  });
});
