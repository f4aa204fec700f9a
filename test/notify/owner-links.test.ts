/**
 * What a lead or handoff notification tells the owner to open: the inbox command for that
 * conversation, on the server's real address (or server.publicUrl), and that command really
 * opening the conversation. A real server, the Telegram and webhook fakes, a real inbox client.
 */
import { describe, expect, it } from 'vitest';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import { type HttpRecorder, startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { addOperator, firstMessage, once, startServer, visitor } from '../helpers/server.js';

async function recorder(reply: Parameters<typeof startHttpRecorder>[0]) {
  const started = await startHttpRecorder(reply);
  cleanupAfterTest(() => started.close());
  return started;
}

async function until(condition: () => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The demo bot notifying a fake Telegram and a fake CRM webhook of leads. */
async function notifyingServer(telegram: HttpRecorder, webhook: HttpRecorder, publicUrl?: string) {
  const config = readRepoFile('chatbot.config.yaml').replace(
    '  port: 3000\n',
    `  port: 3000\n${publicUrl ? `  publicUrl: ${publicUrl}\n` : ''}`,
  );
  const dir = demoProject({
    'chatbot.config.yaml': `${config}
notify:
  telegram: { token: "123:abc", chatId: 42, apiBaseUrl: "${telegram.url}", events: [lead] }
  webhooks: [{ url: "${webhook.url}/crm", secret: "whsec-0123456789", events: [lead] }]
`,
  });
  return startServer({ dir });
}

/** A visitor leaves their email; the bot saves the lead and the owner is told. */
async function leaveLead(url: string): Promise<string> {
  const socket = visitor(url, { lang: 'en' });
  await once(socket, 'session');
  // The first message makes the conversation; its acknowledgement names it.
  const { conversationId } = await firstMessage(socket, "I'm Maria, maria@example.com");
  return conversationId;
}

const openLine = /^Open it: (chatbot inbox --url (\S+) --open (\S+))$/m;

describe('a notification names what the owner can open', () => {
  it("is the inbox command on the server's real address, and that command opens the chat", async () => {
    const telegram = await recorder(telegramOk);
    const webhook = await recorder({ status: 204 });
    const { url, dir } = await notifyingServer(telegram, webhook);
    const id = await leaveLead(url);
    await until(() => telegram.calls.length > 0 && webhook.calls.length > 0);

    const text = JSON.parse(telegram.calls[0]!.body).text as string;
    expect(text).toContain('New lead');
    expect(text).not.toContain('/api/operator');
    const [, command, serverUrl, openId] = openLine.exec(text) ?? [];
    // Port 0 picked a free port: the command names that one, not the configured 3000.
    expect(serverUrl).toBe(url);
    expect(openId).toBe(id);

    const hook = JSON.parse(webhook.calls[0]!.body);
    expect(hook.data.open).toBe(command);
    expect(hook.data.api).toBe(`${url}/api/operator/conversations/${id}`);

    // The command, as the inbox runs it: it starts on that conversation.
    const token = await addOperator(dir, 'ann');
    const client = new InboxClient({ url: serverUrl!, token, open: openId! });
    cleanupAfterTest(() => client.close());
    await until(() => client.state.open?.id === id);
    const texts = client.state.open!.entries.flatMap((entry) =>
      entry.kind === 'message' ? [entry.text] : [],
    );
    expect(texts).toContain("I'm Maria, maria@example.com");
  });

  it('uses server.publicUrl when it is set', async () => {
    const telegram = await recorder(telegramOk);
    const webhook = await recorder({ status: 204 });
    const { url } = await notifyingServer(telegram, webhook, 'https://bot.acme.example/');
    const id = await leaveLead(url);
    await until(() => telegram.calls.length > 0);
    const text = JSON.parse(telegram.calls[0]!.body).text as string;
    expect(text).toContain(`Open it: chatbot inbox --url https://bot.acme.example --open ${id}`);
  });

  it('says so in the inbox when the conversation to open is not on the server', async () => {
    const telegram = await recorder(telegramOk);
    const webhook = await recorder({ status: 204 });
    const { url, dir } = await notifyingServer(telegram, webhook);
    const token = await addOperator(dir, 'ann');
    const client = new InboxClient({ url, token, open: 'c_nothere' });
    cleanupAfterTest(() => client.close());
    await until(() => client.state.notice?.includes('c_nothere') ?? false);
    expect(client.state.notice).toContain('could not be opened');
    expect(client.state.open).toBeUndefined();
  });
});
