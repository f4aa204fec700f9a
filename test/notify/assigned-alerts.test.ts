/**
 * The `assigned` notification: an owner channel that lists it hears who got a chat at handoff.
 * A real server, the Telegram and webhook fakes, a real agent socket.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { connectedOperator, firstMessage, once, startServer, visitor } from '../helpers/server.js';

async function until(condition: () => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('assigned notifications', () => {
  it('tell Telegram and a webhook who got the chat', async () => {
    const telegram = await startHttpRecorder(telegramOk);
    const webhook = await startHttpRecorder({ status: 204 });
    cleanupAfterTest(() => telegram.close());
    cleanupAfterTest(() => webhook.close());
    const config = readRepoFile('chatbot.config.yaml').replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '');
    const dir = demoProject({
      'chatbot.config.yaml': `${config}
assignment: { defaultTeam: support }
notify:
  telegram: { token: "123:abc", chatId: 42, apiBaseUrl: "${telegram.url}", events: [assigned] }
  webhooks: [{ url: "${webhook.url}/crm", secret: "whsec-0123456789", events: [assigned] }]
`,
    });
    const { url } = await startServer({ dir });
    const registry = new OperatorRegistry(join(dir, 'data'));
    const { token } = await registry.add('Ana', 'agent', { teams: ['support'] });
    await connectedOperator(url, token);

    const maria = visitor(url, { lang: 'es' });
    await once(maria, 'session');
    const { conversationId } = await firstMessage(maria, 'Quiero hablar con una persona');
    await until(() => telegram.calls.length > 0 && webhook.calls.length > 0);

    const text = JSON.parse(telegram.calls[0]!.body).text as string;
    expect(text).toMatch(/chat was assigned to Ana automatically/);
    expect(text).toContain('Team: support');
    const hook = JSON.parse(webhook.calls[0]!.body);
    expect(hook).toMatchObject({
      event: 'assigned',
      data: { operator: 'Ana', by: 'assignment', team: 'support', lang: 'es' },
    });
    expect(hook.data.open).toContain(conversationId);
  });
});
