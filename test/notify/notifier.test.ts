import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LeadBook } from '../../src/leads/lead-book.js';
import { configuredChannels } from '../../src/notify/channels.js';
import { Notifier } from '../../src/notify/notifier.js';
import {
  type HttpRecorder,
  startHttpRecorder,
  telegramOk,
  telegramTooMany,
} from '../fakes/http-recorder.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { tempDir } from '../helpers/project.js';

async function recorder(initial?: Parameters<typeof startHttpRecorder>[0]) {
  const started = await startHttpRecorder(initial);
  cleanupAfterTest(() => started.close());
  return started;
}

function channels(telegram: HttpRecorder, webhook: HttpRecorder) {
  return configuredChannels({
    telegram: {
      token: '123:abc',
      chatId: -100_42,
      apiBaseUrl: telegram.url,
      events: ['lead', 'handoff'],
    },
    webhooks: [{ url: `${webhook.url}/hooks/lead`, secret: 'whsec-0123456789', events: ['lead'] }],
  });
}

async function until(condition: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 10));
  }
}

const lead = {
  type: 'lead' as const,
  text: 'New lead · Sol y Mar\nEmail: maria@example.com',
  data: { email: 'maria@example.com' },
  conversationId: 'c1',
};

describe('notifications', () => {
  it('posts to Telegram and to a signed webhook', async () => {
    const telegram = await recorder(telegramOk);
    const webhook = await recorder({ status: 204 });
    const notifier = await Notifier.open(tempDir(), channels(telegram, webhook));
    cleanupAfterTest(() => notifier.close());
    await notifier.notify(lead);
    await until(() => telegram.calls.length === 1 && webhook.calls.length === 1);

    const sent = telegram.calls[0]!;
    expect(sent.path).toBe('/bot123:abc/sendMessage');
    expect(JSON.parse(sent.body)).toMatchObject({ chat_id: -100_42, text: lead.text });

    const hook = webhook.calls[0]!;
    const expected = createHmac('sha256', 'whsec-0123456789').update(hook.body).digest('hex');
    expect(hook.headers['x-chatbot-signature-256']).toBe(`sha256=${expected}`);
    expect(hook.headers['x-chatbot-event']).toBe('lead');
    expect(JSON.parse(hook.body)).toMatchObject({
      event: 'lead',
      conversationId: 'c1',
      data: { email: 'maria@example.com' },
    });
    await until(() => notifier.pending().length === 0);
  });

  it('keeps a notification that failed and retries it, across a restart, until it arrives', async () => {
    const dataDir = tempDir();
    const telegram = await recorder({
      status: 502,
      body: { ok: false, description: 'Bad Gateway' },
    });
    const webhook = await recorder({ status: 503 });
    const first = await Notifier.open(dataDir, channels(telegram, webhook), { baseDelayMs: 50 });
    await first.notify(lead);
    await until(() => telegram.calls.length >= 2 && webhook.calls.length >= 2);
    await first.close();
    const stored = JSON.parse(readFileSync(join(dataDir, 'outbox.json'), 'utf8'));
    expect(stored.deliveries).toHaveLength(2);
    expect(stored.deliveries.map((d: { lastError: string }) => d.lastError).join()).toMatch(
      /answered 50[23]/,
    );

    // The services come back; a new process picks the outbox up and delivers.
    telegram.answer(telegramOk);
    webhook.answer({ status: 200 });
    const second = await Notifier.open(dataDir, channels(telegram, webhook), { baseDelayMs: 50 });
    cleanupAfterTest(() => second.close());
    await until(() => second.pending().length === 0);
    expect(JSON.parse(telegram.calls.at(-1)!.body).text).toBe(lead.text);
    // Same delivery id on every try, so the receiver can drop duplicates.
    expect(webhook.calls.at(-1)!.headers['x-chatbot-delivery']).toBe(
      webhook.calls[0]!.headers['x-chatbot-delivery'],
    );
  });

  it("waits as long as Telegram's retry_after asks", async () => {
    const telegram = await recorder(telegramTooMany(1));
    const webhook = await recorder({ status: 200 });
    const notifier = await Notifier.open(tempDir(), channels(telegram, webhook), {
      baseDelayMs: 10,
    });
    cleanupAfterTest(() => notifier.close());
    await notifier.notify(lead);
    await until(() => telegram.calls.length === 1);
    telegram.answer(telegramOk);
    const failedAt = Date.now();
    await until(() => telegram.calls.length === 2);
    expect(Date.now() - failedAt).toBeGreaterThanOrEqual(900);
  });

  it('only sends the events a channel asked for', async () => {
    const telegram = await recorder(telegramOk);
    const webhook = await recorder({ status: 200 });
    const notifier = await Notifier.open(tempDir(), channels(telegram, webhook));
    cleanupAfterTest(() => notifier.close());
    await notifier.notify({ ...lead, type: 'handoff' });
    await until(() => telegram.calls.length === 1);
    await new Promise((done) => setTimeout(done, 100));
    expect(webhook.calls).toHaveLength(0);
  });
});

describe('the lead book', () => {
  it('is one lead per person across conversations, matched by email or phone', async () => {
    const book = await LeadBook.open(tempDir());
    const first = await book.record(
      { name: 'Maria', email: 'maria@example.com' },
      {
        conversationId: 'c1',
        lang: 'es',
        page: 'https://solymar.example/girona',
        utm: { source: 'google' },
      },
    );
    expect(first).toMatchObject({
      created: true,
      added: { name: 'Maria', email: 'maria@example.com' },
    });
    const again = await book.record(
      { email: 'maria@example.com', phone: '+34612345678' },
      { conversationId: 'c2', lang: 'es' },
    );
    expect(again).toMatchObject({ created: false, added: { phone: '+34612345678' } });
    const byPhone = await book.record(
      { phone: '+34612345678' },
      { conversationId: 'c3', lang: 'en' },
    );
    expect(byPhone?.created).toBe(false);
    expect(
      await book.record({ email: 'maria@example.com' }, { conversationId: 'c1', lang: 'es' }),
    ).toBeUndefined();
    expect(book.list()).toHaveLength(1);
    expect(book.list()[0]).toMatchObject({
      name: 'Maria',
      email: 'maria@example.com',
      phone: '+34612345678',
      conversations: ['c1', 'c2', 'c3'],
      firstPage: 'https://solymar.example/girona',
      utm: { source: 'google' },
    });
  });
});
