/**
 * Bodies no client should send: multipart cut before its closing boundary, garbage, truncated
 * JSON, sockets closed mid-request. They are written on raw TCP sockets to a real `chatbot start`
 * process, which must answer each with a 4xx (or simply lose the connection) and stay up.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { demoProject, readRepoFile, repoRoot, tempDir } from '../helpers/project.js';
import { onePixelPng } from '../helpers/uploads.js';

const adminToken = 'admin-token-0123456789abcdef';
const apiKey = 'api-key-0123456789abcdef';
const running: ServerProcess[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

interface Sent {
  readonly path: string;
  readonly headers: Record<string, string | number>;
  readonly body: Buffer;
  /** Declared Content-Length, when it should differ from what is sent. */
  readonly length?: number;
  /** Destroy the socket right after writing (a client that vanishes mid-request). */
  readonly vanish?: boolean;
}

/** Writes one request on a raw socket; resolves with the response's status, or 0 for none. */
function send(url: string, request: Sent): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connectTcp(Number(port), hostname);
    let response = '';
    const head = [
      `POST ${request.path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Connection: close',
      `Content-Length: ${request.length ?? request.body.length}`,
      ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n');
    socket.on('connect', () => {
      socket.write(head);
      socket.write(request.body, () => {
        // The body is on the wire; a vanishing client goes now, the others wait for the answer.
        if (request.vanish) socket.destroy();
        else if (request.length !== undefined && request.length > request.body.length) socket.end();
      });
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)));
    socket.setTimeout(30_000, () => socket.destroy());
  });
}

function multipart(boundary: string, filename: string, bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** A deterministic stream of bytes: the same garbage on every run. */
function garbage(seed: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function visitorToken(url: string): Promise<string> {
  const socket = connect(`${url}/visitor`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const { token } = await new Promise<{ token: string }>((resolve) =>
    socket.once('session', resolve),
  );
  // The conversation exists once the visitor has said something.
  await socket.timeout(30_000).emitWithAck('message', { text: 'hello' });
  return token;
}

/** Runs the requests a few at a time; returns their statuses in order. */
async function sendAll(url: string, requests: Sent[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < requests.length; i += 8) {
    statuses.push(...(await Promise.all(requests.slice(i, i + 8).map((r) => send(url, r)))));
  }
  return statuses;
}

describe('hostile request bodies', () => {
  it('answers hundreds of cut, garbage and abandoned bodies with 4xx and stays up', async () => {
    const config = `${readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  limits: { requestsPerMinute: 100000, messagesPerMinute: 1000 }',
    )}\napi:\n  keys: ["${apiKey}"]\n`;
    const server = await startProcess(demoProject({ 'chatbot.config.yaml': config }));
    running.push(server);
    const boundary = 'zzz';
    const whole = multipart(boundary, 'a.png', onePixelPng);
    const multipartHeaders = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };

    // Ten uploads a minute per conversation: a fresh visitor for every ten bodies.
    const uploads: Array<Omit<Sent, 'headers'> & { headers: Record<string, string> }> = [];
    // Every cut of a valid upload before its closing boundary (the reproduction is one).
    for (let cut = 1; cut < whole.length - 4; cut += 1)
      uploads.push({ path: '', headers: multipartHeaders, body: whole.subarray(0, cut) });
    for (let seed = 1; seed <= 40; seed++) {
      // Garbage under a multipart header, and garbage after a valid part header.
      uploads.push({ path: '', headers: multipartHeaders, body: garbage(seed, 50 + seed * 37) });
      uploads.push({
        path: '',
        headers: multipartHeaders,
        body: Buffer.concat([whole.subarray(0, 90), garbage(seed, 200)]),
      });
    }
    for (const contentType of [
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'multipart/form-data; boundary="unterminated',
      'text/plain',
      'multipart/mixed; boundary=zzz',
    ])
      uploads.push({ path: '', headers: { 'Content-Type': contentType }, body: whole });
    // A declared length that never arrives: the client closes its side, or vanishes.
    for (const cut of [10, 60, 120, whole.length - 3]) {
      uploads.push({
        path: '',
        headers: multipartHeaders,
        body: whole.subarray(0, cut),
        length: whole.length,
      });
      uploads.push({
        path: '',
        headers: multipartHeaders,
        body: whole.subarray(0, cut),
        length: whole.length,
        vanish: true,
      });
    }
    const uploadRequests: Sent[] = [];
    for (let i = 0; i < uploads.length; i += 10) {
      const token = await visitorToken(server.url);
      for (const upload of uploads.slice(i, i + 10))
        uploadRequests.push({
          ...upload,
          path: '/api/visitor/uploads',
          headers: { ...upload.headers, Authorization: `Bearer ${token}` },
        });
    }
    expect(uploadRequests.length).toBeGreaterThan(200);

    // Truncated and garbage JSON to every path that reads a JSON body.
    const deploy = JSON.stringify({ format: 1, files: { 'chatbot.config.yaml': 'name: x' } });
    const jsonRequests: Sent[] = [];
    const admin = { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' };
    for (const [path, headers] of [
      ['/api/v1/chat', { 'Content-Type': 'application/json' }],
      ['/api/admin/deploy', admin],
      ['/api/admin/rollback', admin],
    ] as const) {
      for (let cut = 1; cut < deploy.length; cut += 7)
        jsonRequests.push({ path, headers, body: Buffer.from(deploy.slice(0, cut)) });
      jsonRequests.push({ path, headers, body: garbage(7, 300) });
      jsonRequests.push({
        path,
        headers: { ...headers, 'Content-Encoding': 'gzip' },
        body: garbage(8, 300),
      });
      jsonRequests.push({
        path,
        headers,
        body: Buffer.from(deploy.slice(0, 20)),
        length: deploy.length,
        vanish: true,
      });
    }

    // Streamed answers to clients that are gone before the first word.
    for (let i = 0; i < 10; i++)
      jsonRequests.push({
        path: '/api/v1/chat',
        headers: {
          Authorization: `Bearer ${apiKey}`,
          'Content-Type': 'application/json',
          Accept: 'text/event-stream',
        },
        body: Buffer.from(JSON.stringify({ externalId: `gone-${i}`, message: 'How much is it?' })),
        vanish: true,
      });

    const statuses = await sendAll(server.url, [...uploadRequests, ...jsonRequests]);
    // Every request that got an answer got a 4xx: none was a server error.
    const answered = statuses.filter((status) => status !== 0);
    expect(answered.length).toBeGreaterThan(250);
    expect(answered.filter((status) => status >= 500)).toEqual([]);
    expect(answered.every((status) => status >= 400)).toBe(true);

    // Still up, and still answering: health, a visitor's upload and a message.
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const token = await visitorToken(server.url);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(onePixelPng)], { type: 'image/png' }), 'a.png');
    const uploaded = await fetch(`${server.url}/api/visitor/uploads`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(uploaded.status).toBe(201);
  }, 240_000);

  it('refuses a file name with a NUL byte with 400', async () => {
    const server = await startProcess(demoProject());
    running.push(server);
    const token = await visitorToken(server.url);
    const headers = {
      'Content-Type': 'multipart/form-data; boundary=zzz',
      Authorization: `Bearer ${token}`,
    };
    const part = (disposition: string) =>
      Buffer.concat([
        Buffer.from(`--zzz\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n\r\n`),
        onePixelPng,
        Buffer.from('\r\n--zzz--\r\n'),
      ]);
    for (const disposition of ['filename="a\u0000.png"', "filename*=UTF-8''a%00.png"]) {
      const status = await send(server.url, {
        path: '/api/visitor/uploads',
        headers,
        body: part(disposition),
      });
      expect(status, disposition).toBe(400);
    }
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('survives cut, oversized and abandoned git webhook bodies', async () => {
    // A bot whose knowledge comes from a git repository, with the push webhook on.
    const root = tempDir();
    const run = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Editor',
          GIT_AUTHOR_EMAIL: 'editor@example.com',
          GIT_COMMITTER_NAME: 'Editor',
          GIT_COMMITTER_EMAIL: 'editor@example.com',
        },
      });
    const origin = join(root, 'origin');
    cpSync(join(repoRoot, 'kb'), join(origin, 'kb'), { recursive: true });
    run(origin, 'init', '--quiet', '--initial-branch=main');
    run(origin, 'add', '.');
    run(origin, 'commit', '--quiet', '-m', 'Knowledge');
    const project = demoProject();
    writeFileSync(
      join(project, 'chatbot.config.yaml'),
      readRepoFile('chatbot.config.yaml').replace(
        /knowledge:\n {2}source: dir\n {2}dir: kb\n/,
        `knowledge:\n  source: git\n  url: ${origin}\n  branch: main\n  path: kb\n  interval: 1h\n  webhookSecret: s3cret\n`,
      ),
    );
    const server = await startProcess(project);
    running.push(server);

    const push = Buffer.from(JSON.stringify({ ref: 'refs/heads/main', after: 'f'.repeat(40) }));
    const headers = { 'Content-Type': 'application/json', 'X-Hub-Signature-256': 'sha256=00' };
    const requests: Sent[] = [];
    for (let cut = 1; cut < push.length; cut += 5) {
      requests.push({ path: '/hooks/git', headers, body: push.subarray(0, cut) });
      requests.push({
        path: '/hooks/git',
        headers,
        body: push.subarray(0, cut),
        length: push.length,
        vanish: cut % 2 === 0,
      });
    }
    // Over the webhook's 1 MB: refused part-way, while the client is still sending.
    requests.push({ path: '/hooks/git', headers, body: garbage(3, 1_200_000) });
    const statuses = await sendAll(server.url, requests);
    const answered = statuses.filter((status) => status !== 0);
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.filter((status) => status < 400 || status >= 500)).toEqual([]);
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
