import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { onePixelPng, upload } from '../helpers/uploads.js';
import { eventually } from '../helpers/wait.js';

async function joined(url: string) {
  const socket = visitor(url, { lang: 'en' });
  const session = await once<{ token: string; identified: boolean }>(socket, 'session');
  return { socket, ...session };
}

/** A visitor who has written once, so that there is a conversation to act on. */
async function chatting(url: string) {
  const joinedVisitor = await joined(url);
  const { conversationId } = await firstMessage(joinedVisitor.socket);
  return { ...joinedVisitor, conversationId };
}

describe('the widget bundles', () => {
  it('are served to other sites: the launcher briefly cached, the chat cached for good', async () => {
    const { url } = await startServer();
    const launcher = await fetch(`${url}/widget.js`, {
      headers: { origin: 'https://shop.example' },
    });
    expect(launcher.status).toBe(200);
    expect(launcher.headers.get('content-type')).toMatch(/javascript/);
    expect(launcher.headers.get('access-control-allow-origin')).toBe('*');
    expect(launcher.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(launcher.headers.get('cache-control')).toBe('public, max-age=300');
    const source = await launcher.text();
    const chatFile = /chat-[A-Z0-9]+\.js/.exec(source)?.[0];
    expect(chatFile).toBeDefined();
    const chat = await fetch(`${url}/widget/${chatFile}`);
    expect(chat.status).toBe(200);
    expect(chat.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/widget/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}/widget/chat-NOPE.js`)).status).toBe(404);
  });

  it('gets its settings and texts per language, with the rating switch', async () => {
    const { url } = await startServer();
    const settings = (await (await fetch(`${url}/api/widget/settings?lang=ru-RU`)).json()) as {
      lang: string;
      rating: boolean;
      ui: Record<string, string>;
      greeting: string;
    };
    expect(settings).toMatchObject({ lang: 'ru', rating: true });
    expect(settings.ui.talkToHuman).toBe('Позвать оператора');
    expect(settings.greeting).toMatch(/Здравствуйте/);
  });
});

describe('what the widget sends', () => {
  it('identify: name and email become the contact and a lead; a bad email is refused', async () => {
    const { url, dir } = await startServer();
    const { socket, identified, token } = await joined(url);
    expect(identified).toBe(false);
    expect(await emit(socket, 'identify', { name: 'Carmen', email: 'nope@' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'identify', { email: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'identify', { name: 'Carmen', email: 'Carmen@Example.com' })).toEqual(
      { ok: true, identified: true },
    );
    const leadsFile = `${dir}/data/leads.json`;
    await eventually(
      () => existsSync(leadsFile) && readFileSync(leadsFile, 'utf8').includes('carmen@'),
      'the lead to be written',
    );
    const leads = JSON.parse(readFileSync(leadsFile, 'utf8')) as {
      leads: { email?: string; name?: string }[];
    };
    expect(leads.leads).toEqual([
      expect.objectContaining({ name: 'Carmen', email: 'carmen@example.com' }),
    ]);
    // Back on another page load, the visitor is known: the pre-chat form is not asked again.
    const again = visitor(url, { token });
    expect(await once<{ identified: boolean }>(again, 'session')).toMatchObject({
      identified: true,
    });
  });

  it('a file with no words is stored and not answered by the bot; no words and no file is refused', async () => {
    const { url } = await startServer();
    const { socket, token } = await joined(url);
    const uploaded = (await (
      await upload(url, token, onePixelPng, 'photo.png', 'image/png')
    ).json()) as { id: string };
    const entries = record<{ author?: { kind: string } }>(socket, 'entry');
    expect(
      await emit(socket, 'message', { clientId: 'f1', text: '', attachments: [uploaded.id] }),
    ).toMatchObject({
      ok: true,
      entry: { author: { kind: 'visitor' }, text: '', attachments: [{ name: 'photo.png' }] },
    });
    expect(await emit(socket, 'message', { clientId: 'f2', text: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    await sleep(300);
    // The file came back in the acknowledgement; no bot reply follows it.
    expect(entries).toEqual([]);
  });

  it('rate: only a resolved conversation, 1 to 5, seen by operators', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ann');
    const { socket, conversationId } = await chatting(url);
    expect(await emit(socket, 'rate', { rating: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const operator = await connectedOperator(url, token);
    await emit(operator, 'open', { id: conversationId });
    await emit(operator, 'resolve', { id: conversationId });
    expect(await emit(socket, 'rate', { rating: 9 })).toMatchObject({ ok: false });
    const rated = waitFor<{ entry: { type?: string; data?: { rating?: number } } }>(
      operator,
      'entry',
      (event) => event.entry.type === 'rating',
    );
    expect(await emit(socket, 'rate', { rating: 4, comment: 'Quick and kind' })).toEqual({
      ok: true,
    });
    expect((await rated).entry.data).toEqual({ rating: 4, comment: 'Quick and kind' });
  });

  it('with the draft preview off, operators see that the visitor types, never what', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'preChatForm: false',
      'preChatForm: false\n  typingPreview: false',
    );
    const { url, dir } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const token = await addOperator(dir, 'Ann');
    const { socket, conversationId } = await chatting(url);
    const operator = await connectedOperator(url, token);
    await emit(operator, 'open', { id: conversationId });
    const typing = waitFor<{ who: string; on: boolean; draft?: string }>(
      operator,
      'typing',
      (event) => event.who === 'visitor',
    );
    socket.emit('typing', { draft: 'my secret draft', on: true });
    expect(await typing).toEqual({ conversationId, who: 'visitor', on: true });
  });
});
