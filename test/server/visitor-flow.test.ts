import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VisitorEntry, VisitorSession } from '../../src/protocol/index.js';
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
import { eventually } from '../helpers/wait.js';

describe('a visitor chatting', () => {
  it('gets a signed token, an acknowledgement after the message is stored, and a reply with citations', async () => {
    const { url, dir } = await startServer();
    const socket = visitor(url, { lang: 'en', page: 'https://solymartours.example/tours' });
    const session = await once<VisitorSession>(socket, 'session');
    expect(session.token).toMatch(/^v1\.[0-9a-f]{32}\.[\w-]+$/);
    expect(session.state).toBe('bot');

    const replies = record<{ replyId: string; phase: string; text?: string }>(socket, 'reply');
    const typing = record<{ who: string; on: boolean }>(socket, 'typing');
    const entries = record<VisitorEntry>(socket, 'entry');
    const botEntry = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'bot',
    );
    const ack = await emit<{
      ok: boolean;
      conversationId: string;
      id: string;
      seq: number;
      duplicate: boolean;
      entry: VisitorEntry;
    }>(socket, 'message', { clientId: 'c-1', text: 'How much is the Montserrat trip?' });
    expect(ack).toMatchObject({ ok: true, seq: 1, duplicate: false });
    // The stored message, as the visitor sees it, comes back with the acknowledgement.
    expect(ack.entry).toMatchObject({
      seq: 1,
      id: ack.id,
      kind: 'message',
      author: { kind: 'visitor' },
      text: 'How much is the Montserrat trip?',
      clientId: 'c-1',
    });
    // Acknowledged means written: the message is in the conversation's log already.
    const log = readFileSync(join(dir, 'data/conversations', `${ack.conversationId}.log`), 'utf8');
    expect(JSON.parse(log.split('\n')[0]!).e).toMatchObject({
      id: ack.id,
      text: 'How much is the Montserrat trip?',
      author: { kind: 'visitor' },
    });

    const reply = await botEntry;
    expect(reply.text).toBe('Montserrat monastery and cog railway: Duration 6 hours, Price €69.');
    expect(reply.citations).toEqual([
      {
        id: 'day-trips',
        title: 'Day trips from Barcelona and prices',
        url: 'https://solymartours.example/day-trips',
      },
    ]);
    // The offline answerer writes the whole reply at once: no stream and no typing dots ahead
    // of it, the stored message is the reply (a streaming provider's case is in ai-flow).
    await sleep(50);
    expect(replies).toEqual([]);
    expect(typing).toEqual([]);
    // The tab that sent the message is not sent it again: only the bot's reply arrives.
    expect(entries.map((entry) => entry.seq)).toEqual([2]);
  });

  it('stores a resend with the same client id once', async () => {
    const { url } = await startServer();
    const socket = visitor(url);
    await once(socket, 'session');
    const first = await emit<{ id: string; duplicate: boolean }>(socket, 'message', {
      clientId: 'same',
      text: 'Hello',
    });
    const again = await emit<{ id: string; duplicate: boolean }>(socket, 'message', {
      clientId: 'same',
      text: 'Hello',
    });
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    const history = await emit<{ entries: VisitorEntry[] }>(socket, 'sync', { after: 0 });
    expect(history.entries.filter((entry) => entry.author?.kind === 'visitor')).toHaveLength(1);
  });

  it('continues the same conversation across page loads and tabs', async () => {
    const { url } = await startServer();
    const first = visitor(url);
    const session = await once<VisitorSession>(first, 'session');
    const { conversationId } = await firstMessage(first, 'Do kids get a discount?');
    const secondTab = visitor(url, { token: session.token });
    const resumed = await once<VisitorSession>(secondTab, 'session');
    expect(resumed.conversationId).toBe(conversationId);
    expect(resumed.lastSeq).toBeGreaterThanOrEqual(1);
    // A message from one tab reaches the other, and the sending tab has it in its
    // acknowledgement instead.
    const seen = waitFor<VisitorEntry>(
      first,
      'entry',
      (entry) => entry.text === 'From the second tab',
    );
    const echoed = record<VisitorEntry>(secondTab, 'entry');
    const ack = await emit<{ entry: VisitorEntry }>(secondTab, 'message', {
      text: 'From the second tab',
    });
    expect((await seen).id).toBe(ack.entry.id);
    await sleep(100);
    expect(echoed.filter((entry) => entry.author?.kind === 'visitor')).toEqual([]);
    // Over REST too, for the widget's first paint.
    const history = await fetch(`${url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const body = (await history.json()) as { entries: VisitorEntry[] };
    expect(body.entries.map((entry) => entry.text)).toContain('From the second tab');
  });

  it('after a reconnect gets everything it missed, in order, nothing twice', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ana');
    const socket = visitor(url);
    const session = await once<VisitorSession>(socket, 'session');
    const answered = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'bot',
    );
    const { conversationId } = await emit<{ conversationId: string }>(socket, 'message', {
      clientId: 'a',
      text: 'Hello',
    });
    await answered;
    const before = await emit<{ lastSeq: number }>(socket, 'sync', { after: 0 });
    socket.disconnect();

    const operator = await connectedOperator(url, token);
    await emit(operator, 'takeover', { id: conversationId });
    await emit(operator, 'message', { id: conversationId, text: 'Hi, Ana here.' });
    await emit(operator, 'message', { id: conversationId, text: 'How can I help?' });

    const back = visitor(url, { token: session.token });
    await once(back, 'session');
    const missed = await emit<{ entries: VisitorEntry[] }>(back, 'sync', { after: before.lastSeq });
    expect(
      missed.entries.map((entry) =>
        entry.kind === 'state' ? `state:${entry.state}:${entry.operator}` : entry.text,
      ),
    ).toEqual(['state:human:Ana', 'Hi, Ana here.', 'How can I help?']);
    const seqs = missed.entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('is online while any tab is open and offline soon after the last one closes', async () => {
    const { url, dir } = await startServer();
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const presence = record<{ conversationId: string; online: boolean }>(operator, 'presence');
    const tab1 = visitor(url);
    const session = await once<VisitorSession>(tab1, 'session');
    // Online is about a conversation: a visitor who has written something.
    const { conversationId } = await firstMessage(tab1);
    const tab2 = visitor(url, { token: session.token });
    await once(tab2, 'session');
    await eventually(() => presence.length > 0, 'the online event');
    expect(presence).toEqual([{ conversationId, online: true }]);
    tab1.disconnect();
    await sleep(500);
    expect(presence).toHaveLength(1);
    tab2.disconnect();
    await waitFor(operator, 'presence', (event: { online: boolean }) => !event.online);
  });

  it('asks for a person with the button: waiting in business hours, with the visitor told', async () => {
    const { url } = await startServer();
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    const answer = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
    await emit(socket, 'human', {});
    // The demo's hours: open Mon-Fri 09-18 Madrid; either way the visitor gets an honest answer.
    const said = (await answer).text ?? '';
    expect(said.includes('bringing in a person') || said.includes('Our team is away')).toBe(true);
  });

  it('records the pages a visitor moves through, with UTM tags', async () => {
    const { url, server } = await startServer();
    const socket = visitor(url, {
      page: 'https://acme.example/?utm_source=ads',
      referrer: 'https://search.example',
      utm: { utm_source: 'ads' },
    });
    await once<VisitorSession>(socket, 'session');
    // Pages seen before the first message are kept for the conversation it makes.
    socket.emit('page', { url: 'https://acme.example/tours', title: 'Tours' });
    const { conversationId } = await firstMessage(socket);
    const conversation = await server.context.service.get(conversationId);
    expect(conversation.visitor).toMatchObject({
      page: 'https://acme.example/tours',
      referrer: 'https://search.example',
      utm: { utm_source: 'ads' },
    });
    expect(conversation.visitor.pages.map((page) => page.url)).toEqual([
      'https://acme.example/?utm_source=ads',
      'https://acme.example/tours',
    ]);
  });
});

describe('the visitor address', () => {
  it('is the proxy when trustProxy is off, and the forwarded client when it is on', async () => {
    const { readRepoFile, demoProject } = await import('../helpers/project.js');
    const plain = await startServer();
    const direct = visitor(
      plain.url,
      {},
      { extraHeaders: { 'X-Forwarded-For': '203.0.113.7' }, transports: ['polling'] },
    );
    await once(direct, 'session');
    const a = await firstMessage(direct);
    expect((await plain.server.context.service.get(a.conversationId)).visitor.ip).toBe('127.0.0.1');

    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  trustProxy: true',
    );
    const proxied = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const behindProxy = visitor(
      proxied.url,
      {},
      { extraHeaders: { 'X-Forwarded-For': '203.0.113.7' }, transports: ['polling'] },
    );
    await once(behindProxy, 'session');
    const b = await firstMessage(behindProxy);
    expect((await proxied.server.context.service.get(b.conversationId)).visitor.ip).toBe(
      '203.0.113.7',
    );
  });
});
