/**
 * When a conversation comes to exist: on the visitor's first act (a message, their contact
 * details, asking for a person), never on opening the widget. Looking leaves only a counter.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { VisitorSession } from '../../src/protocol/index.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  addOperator,
  connectedOperator,
  emit,
  firstMessage,
  once,
  record,
  sleep,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';

const conversationFiles = (dir: string) =>
  readdirSync(join(dir, 'data/conversations')).filter((name) => !name.startsWith('.'));

async function operatorList(url: string, token: string, query = '') {
  const response = await fetch(`${url}/api/operator/conversations${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as { conversations?: Array<{ id: string; channel: string }> },
  };
}

describe('a visitor who only looks', () => {
  it('leaves no files and no inbox row, only the sessions counter', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ana');
    const operator = await connectedOperator(url, token);
    const rows = record(operator, 'conversation');
    const sockets: Socket[] = [];
    for (let i = 0; i < 25; i++) sockets.push(visitor(url, { lang: i % 2 ? 'es' : 'en' }));
    const sessions = await Promise.all(
      sockets.map((socket) => once<VisitorSession>(socket, 'session')),
    );
    // The widget still gets its token and what it needs to show the greeting.
    for (const [i, session] of sessions.entries()) {
      expect(session.token).toMatch(/^v1\./);
      expect(session).toMatchObject({
        conversationId: null,
        state: 'bot',
        lastSeq: 0,
        lang: i % 2 ? 'es' : 'en',
      });
    }
    // A page change and a language switch are kept for later, not written.
    sockets[0]!.emit('page', { url: 'https://solymartours.example/tours' });
    expect(await emit(sockets[0]!, 'lang', { lang: 'ru' })).toEqual({ ok: true, lang: 'ru' });
    expect(await emit(sockets[0]!, 'sync', { after: 0 })).toMatchObject({ ok: true, entries: [] });
    sockets[1]!.emit('typing', { draft: 'hel' });
    await sleep(200);

    expect(conversationFiles(dir)).toEqual([]);
    expect((await operatorList(url, token)).body.conversations).toEqual([]);
    expect(rows).toEqual([]);
    const history = await fetch(`${url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${sessions[0]!.token}` },
    });
    expect(history.status).toBe(404);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^chatbot_visitor_sessions_total 25$/m);
    expect(metrics).not.toMatch(/^chatbot_conversations_created_total\{/m);
  });
});

describe('a visitor who writes', () => {
  it('makes exactly one conversation with the first message, whatever the tabs, and keeps it', async () => {
    const { url, dir, server } = await startServer();
    const token = await addOperator(dir, 'Ana');
    const operator = await connectedOperator(url, token);
    const tab1 = visitor(
      url,
      { lang: 'en', page: 'https://solymartours.example/' },
      { extraHeaders: { 'user-agent': 'Firefox/140' } },
    );
    const session = await once<VisitorSession>(tab1, 'session');
    const tab2 = visitor(url, { token: session.token, lang: 'en' });
    expect((await once<VisitorSession>(tab2, 'session')).conversationId).toBeNull();
    tab1.emit('page', { url: 'https://solymartours.example/tours', title: 'Tours' });
    const row = waitFor<{ id: string; channel: string }>(operator, 'conversation', () => true);

    // Both tabs write at once: one conversation, and each tab sees the other's message.
    const seenInTab2 = waitFor<{ text?: string }>(tab2, 'entry', (e) => e.text === 'From tab 1');
    const [a, b] = await Promise.all([
      firstMessage(tab1, 'From tab 1'),
      firstMessage(tab2, 'From tab 2'),
    ]);
    expect(a.conversationId).toBe(b.conversationId);
    await seenInTab2;
    expect(conversationFiles(dir).sort()).toEqual(
      [`${a.conversationId}.json`, `${a.conversationId}.log`].sort(),
    );
    expect(await row).toMatchObject({ id: a.conversationId, channel: 'widget' });
    const conversation = await server.context.service.get(a.conversationId);
    expect(conversation.channel).toBe('widget');
    expect(conversation.visitor.userAgent).toBe('Firefox/140');
    expect(conversation.visitor.ip).toBe('127.0.0.1');
    expect(conversation.visitor.pages.map((page) => page.url)).toEqual([
      'https://solymartours.example/',
      'https://solymartours.example/tours',
    ]);

    // Back later with the same token: the same conversation, with its history.
    tab1.disconnect();
    tab2.disconnect();
    const back = visitor(url, { token: session.token });
    const resumed = await once<VisitorSession>(back, 'session');
    expect(resumed.conversationId).toBe(a.conversationId);
    expect(resumed.lastSeq).toBeGreaterThanOrEqual(2);
    await firstMessage(back, 'Still me');
    expect(conversationFiles(dir)).toHaveLength(2);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^chatbot_conversations_created_total\{channel="widget"\} 1$/m);
  });

  it('makes it with the pre-chat form or the person button too', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ana');
    const identified = visitor(url, { lang: 'en' });
    await once(identified, 'session');
    expect(
      await emit(identified, 'identify', { name: 'Carmen', email: 'carmen@example.com' }),
    ).toEqual({ ok: true, identified: true });
    const asking = visitor(url, { lang: 'en' });
    await once(asking, 'session');
    const told = waitFor<{ author?: { kind: string } }>(
      asking,
      'entry',
      (e) => e.author?.kind === 'bot',
    );
    expect(await emit(asking, 'human', {})).toEqual({ ok: true });
    await told;
    const list = (await operatorList(url, token)).body.conversations!;
    expect(list).toHaveLength(2);
    expect(conversationFiles(dir)).toHaveLength(4);
  });
});

describe('conversations from the public API', () => {
  it('are marked with their channel and can be filtered out of the list', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'storage:',
      'api:\n  keys: ["test-api-key-0123456789"]\n\nstorage:',
    );
    const { url, dir } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const token = await addOperator(dir, 'Ana');
    const chat = await fetch(`${url}/api/v1/chat`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer test-api-key-0123456789',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId: 'crm-42', message: 'How much is Montserrat?' }),
    });
    expect(chat.status).toBe(200);
    const apiId = ((await chat.json()) as { conversationId: string }).conversationId;
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    const widgetId = (await firstMessage(socket)).conversationId;

    const all = (await operatorList(url, token)).body.conversations!;
    expect(Object.fromEntries(all.map((c) => [c.id, c.channel]))).toEqual({
      [apiId]: 'api',
      [widgetId]: 'widget',
    });
    const widgetOnly = await operatorList(url, token, '?channel=widget');
    expect(widgetOnly.body.conversations!.map((c) => c.id)).toEqual([widgetId]);
    const apiOnly = await operatorList(url, token, '?channel=api');
    expect(apiOnly.body.conversations!.map((c) => c.id)).toEqual([apiId]);
    expect((await operatorList(url, token, '?channel=phone')).status).toBe(400);

    const operator = await connectedOperator(url, token);
    const listed = await emit<{ conversations: Array<{ id: string }> }>(operator, 'conversations', {
      channel: 'widget',
    });
    expect(listed.conversations.map((c) => c.id)).toEqual([widgetId]);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^chatbot_conversations_created_total\{channel="api"\} 1$/m);
  });
});
