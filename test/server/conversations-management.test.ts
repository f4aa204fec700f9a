import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { onePixelPng, upload } from '../helpers/uploads.js';
import { eventually } from '../helpers/wait.js';

/** The demo bot behind a proxy (trustProxy), with the given storage.retention lines. */
function projectBehindProxy(retention = ''): string {
  const config = readRepoFile('chatbot.config.yaml')
    .replace('  origins: []\n', '  origins: []\n  trustProxy: true\n')
    .replace('  dir: data\n', `  dir: data\n${retention}`);
  return demoProject({ 'chatbot.config.yaml': config });
}

async function operatorToken(dir: string, name: string, role: 'admin' | 'manager' | 'agent') {
  return (await new OperatorRegistry(join(dir, 'data')).add(name, role)).token;
}

/** Every file under the folder, with its contents. */
function filesUnder(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'latin1') }));
}

/** A visitor from an address, through the proxy; returns their session and conversation. */
async function visitFrom(url: string, ip: string, text: string, utm: Record<string, string> = {}) {
  const socket = visitor(
    url,
    { lang: 'en', page: 'https://solymartours.example/tours?x=1', utm },
    { extraHeaders: { 'x-forwarded-for': ip } },
  );
  const session = await once<{ token: string; visitorId: string }>(socket, 'session');
  const { conversationId } = await firstMessage(socket, text);
  return { socket, session, conversationId };
}

const api = (url: string, token: string) => ({
  get: (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }),
  post: (path: string, body: object) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
});

describe('conversation management on a running server', () => {
  it('knows where visitors are from their address behind the proxy, and filters on it', async () => {
    const dir = projectBehindProxy();
    const { url } = await startServer({ dir });
    const agent = api(url, await operatorToken(dir, 'Maria', 'agent'));
    // Addresses the packaged GeoLite2 data places (MaxMind's own test addresses).
    const uk = await visitFrom(url, '81.2.69.142', 'Hello from England', { utm_source: 'google' });
    const se = await visitFrom(url, '89.160.20.112', 'Hej');
    const shown = await (await agent.get(`/api/conversations/${uk.conversationId}`)).json();
    expect(shown.conversation.visitor).toMatchObject({
      ip: '81.2.69.142',
      country: 'GB',
      city: 'Bracknell',
    });
    const byCountry = await (await agent.get('/api/conversations?country=se')).json();
    expect(byCountry.conversations.map((c: { id: string }) => c.id)).toEqual([se.conversationId]);
    expect(byCountry.conversations[0]).toMatchObject({ country: 'SE', city: 'Kristinehamn' });
    const bySource = await (await agent.get('/api/conversations?utmSource=google')).json();
    expect(bySource.conversations.map((c: { id: string }) => c.id)).toEqual([uk.conversationId]);
    expect((await agent.get('/api/conversations?since=tomorrow')).status).toBe(400);
    expect((await fetch(`${url}/api/conversations`)).status).toBe(401);
  });

  it('archives by filter after a count, and keeps archived ones out of the default list', async () => {
    const dir = projectBehindProxy();
    const { url } = await startServer({ dir });
    const manager = api(url, await operatorToken(dir, 'Maria', 'manager'));
    const one = await visitFrom(url, '81.2.69.142', 'One');
    await visitFrom(url, '89.160.20.112', 'Two');
    // Another operator's inbox hears of it: the row comes back with its archive time.
    const inbox = await connectedOperator(url, await operatorToken(dir, 'Bo', 'agent'));
    const rowArchived = waitFor<{ id: string; archivedAt?: string }>(
      inbox,
      'conversation',
      (row) => row.id === one.conversationId && row.archivedAt !== undefined,
    );
    expect(await (await manager.post('/api/conversations/archive', {})).json()).toMatchObject({
      error: 'invalid',
    });
    const count = await manager.post('/api/conversations/archive', { country: 'GB', dryRun: true });
    expect(await count.json()).toEqual({ matched: 1, changed: 0 });
    const done = await manager.post('/api/conversations/archive', { country: 'GB' });
    expect(await done.json()).toEqual({ matched: 1, changed: 1 });
    await rowArchived;
    const archived = await (await manager.get('/api/conversations?archived=yes')).json();
    expect(archived.conversations.map((c: { id: string }) => c.id)).toEqual([one.conversationId]);
    const current = await (await manager.get('/api/conversations?archived=no')).json();
    expect(current.total).toBe(1);
  });

  it('erases one person everywhere under data/, and says what it removed', async () => {
    const dir = projectBehindProxy();
    const { url, server } = await startServer({ dir });
    const agent = api(url, await operatorToken(dir, 'Maria', 'agent'));
    const admin = api(url, await operatorToken(dir, 'Owner', 'admin'));
    const ana = await visitFrom(
      url,
      '81.2.69.142',
      'Ana here, my secret question about Montserrat',
    );
    expect(
      await emit(ana.socket, 'identify', {
        name: 'Ana Erased',
        email: 'ana@example.com',
      }),
    ).toMatchObject({ identified: true });
    const uploaded = await upload(url, ana.session.token, onePixelPng, 'passport.png', 'image/png');
    expect(uploaded.status).toBe(201);
    const kept = await visitFrom(url, '89.160.20.112', 'Bob stays');

    expect(
      (await agent.post('/api/conversations/delete', { email: 'ana@example.com' })).status,
    ).toBe(403);
    const count = await admin.post('/api/conversations/delete', {
      email: 'ana@example.com',
      dryRun: true,
    });
    expect(await count.json()).toEqual({ matched: 1 });
    const erased = await admin.post('/api/conversations/delete', { email: 'ANA@example.com' });
    expect(await erased.json()).toMatchObject({
      matched: 1,
      removed: { conversations: 1, uploads: 1, leads: 1 },
    });
    // Whatever the server writes later (the index on close) must not bring any of it back.
    await server.close();
    const traces = [
      'ana@example.com',
      'Ana Erased',
      'my secret question',
      ana.conversationId,
      ana.session.visitorId,
      '81.2.69.142',
    ];
    const files = filesUnder(join(dir, 'data'));
    for (const { path, text } of files)
      for (const trace of traces) expect(text.includes(trace), `${trace} in ${path}`).toBe(false);
    // Nothing of anyone else was touched.
    expect(files.some(({ text }) => text.includes(kept.conversationId))).toBe(true);
    expect(files.some(({ text }) => text.includes('Bob stays'))).toBe(true);
  });

  it('applies storage.retention on start by its clock, and logs what it purged', async () => {
    const dir = projectBehindProxy(
      '  retention:\n    conversations: 30d\n    uploads: 7d\n    ipAddresses: 1d\n',
    );
    const first = await startServer({ dir });
    const old = await visitFrom(first.url, '81.2.69.142', 'An old chat');
    const recent = await visitFrom(first.url, '89.160.20.112', 'A chat of yesterday');
    await first.server.close();

    // Two days later by the clock: the IPs are forgotten, the conversations kept.
    const day = 86_400_000;
    let offset = 2 * day;
    const clock = () => new Date(Date.now() + offset);
    const second = await startServer({ dir, clock });
    const admin = api(second.url, await operatorToken(dir, 'Owner', 'admin'));
    await eventually(
      () => readFileSync(join(dir, 'data/purge-log.jsonl'), 'utf8').includes('"ipAddresses":2'),
      'the IP addresses forgotten on start',
    );
    const shown = await (await admin.get(`/api/conversations/${old.conversationId}`)).json();
    expect(shown.conversation.visitor.ip).toBeUndefined();
    expect(shown.conversation.visitor.country).toBe('GB');

    // A month on, a purge asked for deletes both conversations.
    offset = 31 * day;
    const purge = await (await admin.post('/api/conversations/purge', {})).json();
    expect(purge).toMatchObject({ conversations: 2, ipAddresses: 0 });
    const lines = readFileSync(join(dir, 'data/purge-log.jsonl'), 'utf8').trimEnd().split('\n');
    // One line per run: the first server's start, the second's, and the purge.
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({
      conversations: 2,
      policy: { conversations: 30 * day },
    });
    const left = filesUnder(join(dir, 'data/conversations'));
    expect(left.some(({ path }) => path.includes(recent.conversationId))).toBe(false);
  });
});
