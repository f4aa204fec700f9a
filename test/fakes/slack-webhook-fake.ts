/**
 * A stand-in for a Slack incoming webhook speaking its wire format: a JSON POST to
 * /services/T…/B…/secret answered with the plain text "ok"; a test can make it fail with a
 * 500 or rate-limit with a 429 and Retry-After, as Slack does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackPost {
  readonly path: string;
  readonly contentType: string;
  readonly body: { text?: string; [key: string]: unknown };
}

export interface SlackWebhookFake {
  /** The incoming webhook URL to configure. */
  readonly webhookUrl: string;
  readonly posts: SlackPost[];
  /** What the next requests get: 'ok', a 500, or a 429 asking to wait `retryAfter` seconds. */
  fail(mode: 'ok' | 500 | { status: 429; retryAfter: number }): void;
  close(): Promise<void>;
}

const hookPath = '/services/T000TEST/B000TEST/XXXXsecretXXXX';

export async function startSlackWebhookFake(): Promise<SlackWebhookFake> {
  let mode: 'ok' | 500 | { status: 429; retryAfter: number } = 'ok';
  const posts: SlackPost[] = [];
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== hookPath) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('no_service');
        return;
      }
      if (mode === 500) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end('internal_error');
        return;
      }
      if (mode !== 'ok') {
        response
          .writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(mode.retryAfter) })
          .end('rate_limited');
        return;
      }
      let body: SlackPost['body'];
      try {
        body = JSON.parse(raw) as SlackPost['body'];
      } catch {
        response.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
        return;
      }
      posts.push({ path: request.url, contentType: request.headers['content-type'] ?? '', body });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}${hookPath}`,
    posts,
    fail: (next) => {
      mode = next;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
