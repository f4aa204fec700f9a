import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startProcess } from '../helpers/process-server.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { once, startServer } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

const shop = 'https://solymartours.example';
const stranger = 'https://stranger.example';

const withOrigins = (origins: string[]) =>
  readRepoFile('chatbot.config.yaml').replace('origins: []', `origins: ${JSON.stringify(origins)}`);

const opened: Socket[] = [];
afterEach(() => {
  for (const socket of opened.splice(0)) socket.close();
});

function pageSocket(url: string, origin: string): Socket {
  const socket = connect(`${url}/visitor`, {
    transports: ['websocket'],
    extraHeaders: { Origin: origin },
    reconnection: false,
    forceNew: true,
  });
  opened.push(socket);
  return socket;
}

function logLines() {
  const lines: Array<{ level: number; msg: string; origin?: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

const settingsFrom = (url: string, origin: string) =>
  fetch(`${url}/api/widget/settings`, { headers: { Origin: origin } });

async function refusedCount(url: string, via: 'http' | 'socket'): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = new RegExp(`chatbot_origins_refused_total\\{via="${via}"\\} (\\d+)`).exec(text);
  return match ? Number(match[1]) : 0;
}

describe('a page on a site that is not in server.origins', () => {
  it('is told why on the socket and over HTTP, counted each time, and logged once', async () => {
    const { lines, logger } = logLines();
    const { url } = await startServer({
      dir: demoProject({ 'chatbot.config.yaml': withOrigins([shop]) }),
      logger,
    });

    const refused = await once<Error & { data?: Record<string, unknown> }>(
      pageSocket(url, stranger),
      'connect_error',
      30_000,
    );
    expect(refused.message).toBe('origin_not_allowed');
    expect(refused.data).toMatchObject({ origin: stranger, setting: 'server.origins' });

    const response = await settingsFrom(url, stranger);
    expect(response.status).toBe(403);
    // The refused page may read the refusal (and nothing else): its developer sees the reason.
    expect(response.headers.get('access-control-allow-origin')).toBe(stranger);
    expect(await response.json()).toMatchObject({
      error: 'origin_not_allowed',
      origin: stranger,
      setting: 'server.origins',
    });
    expect((await settingsFrom(url, stranger)).status).toBe(403);
    await once(pageSocket(url, stranger), 'connect_error', 30_000);

    expect(await refusedCount(url, 'http')).toBe(2);
    expect(await refusedCount(url, 'socket')).toBe(2);
    const logged = lines.filter((line) => line.origin === stranger);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.msg).toContain('not in server.origins');

    // The listed site is served as before.
    const allowed = await settingsFrom(url, shop);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(shop);
    await once(pageSocket(url, shop), 'session', 30_000);
  });

  it('is let in by a reload that lists it, without a restart, and the old site is let go', async () => {
    const dir = demoProject({ 'chatbot.config.yaml': withOrigins([shop]) });
    const { url, server } = await startServer({ dir });
    expect((await settingsFrom(url, stranger)).status).toBe(403);

    writeFileSync(join(dir, 'chatbot.config.yaml'), withOrigins([stranger]));
    expect(await server.reload('test')).toBe(true);

    expect((await settingsFrom(url, stranger)).status).toBe(200);
    await once(pageSocket(url, stranger), 'session', 30_000);
    expect((await settingsFrom(url, shop)).status).toBe(403);
    const refused = await once<Error>(pageSocket(url, shop), 'connect_error', 30_000);
    expect(refused.message).toBe('origin_not_allowed');
  });
});

describe('chatbot start with server.origins', () => {
  it('warns when the list is empty, and takes a list given by SIGHUP without a restart', async () => {
    const dir = demoProject();
    const server = await startProcess(dir);
    try {
      // Logged right after the line that says where it listens.
      await eventually(() => server.logs().includes('server.origins is empty'), 'the warning');
      expect((await settingsFrom(server.url, shop)).status).toBe(403);

      writeFileSync(join(dir, 'chatbot.config.yaml'), withOrigins([shop]));
      server.child.kill('SIGHUP');
      await eventually(() => server.logs().includes('knowledge reloaded'), 'the reload');

      const response = await settingsFrom(server.url, shop);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(shop);
      await once(pageSocket(server.url, shop), 'session', 30_000);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
