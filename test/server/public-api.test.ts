import { describe, expect, it } from 'vitest';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { startServer } from '../helpers/server.js';

const key = 'test-api-key-0123456789';
const withApi = () =>
  demoProject({
    'chatbot.config.yaml': readRepoFile('chatbot.config.yaml').replace(
      'storage:',
      `api:\n  keys: ["\${CHATBOT_API_KEY}"]\n\nstorage:`,
    ),
  });

async function chat(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/v1/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe('the public chat API', () => {
  it('answers synchronously with citations, and the same externalId continues the conversation', async () => {
    const { url, server } = await startServer({ dir: withApi(), env: { CHATBOT_API_KEY: key } });
    const first = await chat(url, {
      externalId: 'crm-42',
      message: 'How much is the Montserrat trip?',
      lang: 'en',
    });
    expect(first.status).toBe(200);
    const body = (await first.json()) as {
      conversationId: string;
      reply: string;
      citations: Array<{ id: string }>;
      state: string;
    };
    expect(body).toMatchObject({
      reply: 'Montserrat monastery and cog railway: Duration 6 hours, Price €69.',
      state: 'bot',
    });
    expect(body.citations.map((c) => c.id)).toEqual(['day-trips']);
    const second = (await (
      await chat(url, { externalId: 'crm-42', message: 'And my dog?' })
    ).json()) as { conversationId: string };
    expect(second.conversationId).toBe(body.conversationId);
    const conversation = await server.context.service.get(body.conversationId);
    expect(conversation.externalId).toBe('crm-42');
    expect(conversation.timeline.filter((entry) => entry.kind === 'message')).toHaveLength(4);
  });

  it('streams as server-sent events when asked', async () => {
    const { url } = await startServer({ dir: withApi(), env: { CHATBOT_API_KEY: key } });
    const response = await chat(
      url,
      { externalId: 'sse-1', message: 'Do kids get a discount?', lang: 'en' },
      { accept: 'text/event-stream' },
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text();
    const events = text
      .trim()
      .split('\n\n')
      .map((block) => {
        const [event, data] = block.split('\n') as [string, string];
        return {
          event: event.slice('event: '.length),
          data: JSON.parse(data.slice('data: '.length)),
        };
      });
    expect(events.map((e) => e.event)).toEqual(['delta', 'done']);
    expect(events[0]!.data.text).toContain('30% off');
    expect(events[1]!.data).toMatchObject({ reply: events[0]!.data.text, state: 'bot' });
  });

  it('refuses a wrong key, bad input, and is off without keys', async () => {
    const { url } = await startServer({ dir: withApi(), env: { CHATBOT_API_KEY: key } });
    expect(
      (
        await chat(
          url,
          { externalId: 'x', message: 'hi' },
          { authorization: 'Bearer wrong-key-0000000000' },
        )
      ).status,
    ).toBe(401);
    expect((await chat(url, { externalId: 'x' })).status).toBe(400);
    expect((await chat(url, { externalId: 'x', message: 'x'.repeat(5000) })).status).toBe(400);
    const off = await startServer();
    expect((await chat(off.url, { externalId: 'x', message: 'hi' })).status).toBe(404);
  });

  it('says so when a person has the conversation: no bot reply', async () => {
    const { url, server } = await startServer({ dir: withApi(), env: { CHATBOT_API_KEY: key } });
    const first = (await (await chat(url, { externalId: 'h-1', message: 'Hello' })).json()) as {
      conversationId: string;
    };
    await server.context.service.takeOver(first.conversationId, {
      name: 'Ana',
      role: 'agent',
      tokenHash: '',
      createdAt: '',
    });
    const second = (await (
      await chat(url, { externalId: 'h-1', message: 'Are you there?' })
    ).json()) as { reply: string | null; state: string };
    expect(second).toEqual({
      conversationId: first.conversationId,
      reply: null,
      citations: [],
      state: 'human',
    });
  });
});
