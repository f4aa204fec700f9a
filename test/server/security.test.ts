import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io as connect } from 'socket.io-client';
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
import { onePixelPng as png, upload } from '../helpers/uploads.js';
import { patientMs } from '../helpers/wait.js';

describe('visitors are isolated from each other', () => {
  it('a visitor only ever reads their own conversation', async () => {
    const { url } = await startServer();
    const alice = visitor(url);
    const aliceSession = await once<{ token: string }>(alice, 'session');
    const aliceChat = await firstMessage(alice, 'My secret is 1234');
    const bob = visitor(url);
    const bobSession = await once<{ token: string }>(bob, 'session');
    const bobChat = await firstMessage(bob, 'Hello');
    const bobSees = record<{ text?: string }>(bob, 'entry');
    await emit(alice, 'message', { text: 'Another secret' });
    await sleep(200);
    expect(bobSees.map((entry) => entry.text)).not.toContain('Another secret');
    expect(bobChat.conversationId).not.toBe(aliceChat.conversationId);

    // Bob's history is his; a forged token is not anyone's.
    const history = await fetch(`${url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${bobSession.token}` },
    });
    expect(JSON.stringify(await history.json())).not.toContain('secret');
    const forged = `v1.${aliceSession.token.split('.')[1]}.${'A'.repeat(43)}`;
    expect(
      (
        await fetch(`${url}/api/visitor/history`, {
          headers: { authorization: `Bearer ${forged}` },
        })
      ).status,
    ).toBe(401);
    // A forged token on a socket just starts a new, empty conversation.
    const mallory = visitor(url, { token: forged });
    const mallorySession = await once<{ conversationId: string | null; token: string }>(
      mallory,
      'session',
    );
    expect(mallorySession.conversationId).toBeNull();
    expect((await emit<{ entries: unknown[] }>(mallory, 'sync', { after: 0 })).entries).toEqual([]);
    // Visitors cannot reach the operator API with their token.
    expect(
      (
        await fetch(`${url}/api/operator/conversations/${aliceChat.conversationId}`, {
          headers: { authorization: `Bearer ${bobSession.token}` },
        })
      ).status,
    ).toBe(401);
  });
});

describe('origins', () => {
  it('refuses sockets and CORS from sites not in server.origins, allows listed ones', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: ["https://solymartours.example"]',
    );
    const { url } = await startServer({
      dir: demoProject({ 'chatbot.config.yaml': config }),
      mode: 'dev',
    });
    const foreign = connect(`${url}/visitor`, {
      transports: ['polling'],
      extraHeaders: { Origin: 'https://evil.example' },
      reconnection: false,
      forceNew: true,
    });
    await once(foreign, 'connect_error');
    foreign.close();
    const allowed = connect(`${url}/visitor`, {
      transports: ['polling'],
      extraHeaders: { Origin: 'https://solymartours.example' },
      reconnection: false,
      forceNew: true,
    });
    await once(allowed, 'session');
    allowed.close();
    const evil = await fetch(`${url}/api/widget/settings`, {
      headers: { Origin: 'https://evil.example' },
    });
    // Refused, in a body the refused page may read (and nothing else).
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ error: 'origin_not_allowed' });
    const good = await fetch(`${url}/api/widget/settings`, {
      headers: { Origin: 'https://solymartours.example' },
    });
    expect(good.headers.get('access-control-allow-origin')).toBe('https://solymartours.example');
  });
});

describe('hostile input gets an error and the server keeps serving everyone else', () => {
  it('malformed, oversized and wrongly typed messages, and unknown events', async () => {
    const { url } = await startServer();
    const socket = visitor(url);
    await once(socket, 'session');
    expect(await emit(socket, 'message', { text: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'message', 'just a string')).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'message', { text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'message', { text: 'x'.repeat(4001) })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(
      await emit(socket, 'message', { text: 'hi', attachments: ['0'.repeat(48)] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await emit(socket, 'message', { text: 'hi', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(socket, 'delete_everything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_event' },
    });
    const error = once<{ code: string }>(socket, 'error');
    socket.emit('no_ack_unknown', {});
    expect(await error).toMatchObject({ code: 'unknown_event' });

    // A frame over maxHttpBufferSize closes that socket only.
    const bystander = visitor(url);
    await once(bystander, 'session');
    const closed = once(socket, 'disconnect');
    socket.emit('message', { text: 'y'.repeat(200_000) });
    await closed;
    expect(await emit(bystander, 'message', { text: 'Still here?' })).toMatchObject({ ok: true });
  });

  it('rate limits messages per conversation with a retry time, politely', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  limits: { messagesPerMinute: 3 }',
    );
    const { url } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const socket = visitor(url);
    await once(socket, 'session');
    for (let i = 0; i < 3; i++)
      expect(await emit(socket, 'message', { text: `Hello ${i}` })).toMatchObject({ ok: true });
    const limited = await emit<{ ok: boolean; error: { code: string; retryAfterMs: number } }>(
      socket,
      'message',
      { text: 'One more' },
    );
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(limited.error.retryAfterMs).toBeGreaterThan(0);
  });

  it('rate limits HTTP requests per IP with 429 and Retry-After', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  limits: { requestsPerMinute: 5 }',
    );
    const { url } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${url}/api/widget/settings`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('uploads', () => {
  it('accepts an image typed by its bytes, stores it under a random name and serves it safely', async () => {
    const { url, dir } = await startServer();
    const socket = visitor(url);
    const session = await once<{ token: string }>(socket, 'session');
    const response = await upload(url, session.token, png, '../../etc/passwd.png', 'image/png');
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as {
      id: string;
      name: string;
      type: string;
      url: string;
      size: number;
    };
    expect(attachment).toMatchObject({ name: 'passwd.png', type: 'image/png', size: png.length });
    expect(attachment.url).toMatch(/^\/uploads\/[0-9a-f]{48}\.png$/);
    expect(readFileSync(join(dir, 'data', attachment.url))).toEqual(png);
    const served = await fetch(`${url}${attachment.url}`);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(
      /^inline; filename="[0-9a-f]{48}\.png"$/,
    );
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('content-type')).toBe('image/png');
    // And it can be sent with a message.
    const ack = await emit(socket, 'message', {
      text: 'Here is my ticket',
      attachments: [attachment.id],
    });
    expect(ack).toMatchObject({ ok: true });
    const entry = await waitFor<{ attachments?: Array<{ url: string }> }>(
      socket,
      'entry',
      (e) => (e.attachments?.length ?? 0) > 0,
      2000,
    ).catch(() => undefined);
    const history = (await (
      await fetch(`${url}/api/visitor/history`, {
        headers: { authorization: `Bearer ${session.token}` },
      })
    ).json()) as { entries: Array<{ attachments?: Array<{ url: string }> }> };
    expect(history.entries[0]?.attachments?.[0]?.url ?? entry?.attachments?.[0]?.url).toBe(
      attachment.url,
    );
  });

  it('refuses SVG, a script named .png, and files over the limit; needs a visitor token', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  limits: { uploadMegabytes: 0.01 }',
    );
    const { url } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
    const socket = visitor(url);
    const { token } = await once<{ token: string }>(socket, 'session');
    const svg = await upload(
      url,
      token,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'x.svg',
      'image/svg+xml',
    );
    expect(svg.status).toBe(415);
    const fake = await upload(
      url,
      token,
      Buffer.from('<script>alert(1)</script>'),
      'photo.png',
      'image/png',
    );
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({ error: 'unsupported_type' });
    const big = await upload(
      url,
      token,
      Buffer.concat([png, Buffer.alloc(20_000)]),
      'big.png',
      'image/png',
    );
    expect(big.status).toBe(413);
    expect((await upload(url, 'v1.nope', png, 'a.png')).status).toBe(401);
    expect((await fetch(`${url}/uploads/..%2Fsecret.key`)).status).toBe(404);
  });
});

describe('operators and bad tokens', () => {
  it('a revoked operator is refused everywhere, and others keep working', async () => {
    const { url, dir } = await startServer();
    const ana = await addOperator(dir, 'Ana');
    const bo = await connectedOperator(url, await addOperator(dir, 'Bo'));
    const { OperatorRegistry } = await import('../../src/store/operators.js');
    await new OperatorRegistry(join(dir, 'data')).revoke('Ana');
    // The server learns of it through its watch on operators.json: within moments, not never.
    let status = 0;
    for (
      const deadline = Date.now() + patientMs;
      Date.now() < deadline && status !== 401;
      await sleep(20)
    ) {
      status = (
        await fetch(`${url}/api/operator/conversations`, {
          headers: { authorization: `Bearer ${ana}` },
        })
      ).status;
    }
    expect(status).toBe(401);
    expect(await emit(bo, 'conversations', {})).toMatchObject({ ok: true });
  });
});
