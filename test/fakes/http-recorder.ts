/**
 * A local stand-in for the services notifications go to (the Telegram Bot API, a CRM's
 * webhook): it records every request and answers with whatever the test sets, so a test can
 * take it down (503, or Telegram's 429 with retry_after) and bring it back.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface HttpRecorder {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** What every following request gets. */
  answer(reply: Reply): void;
  close(): Promise<void>;
}

export async function startHttpRecorder(initial: Reply = { status: 200, body: { ok: true } }) {
  let reply = initial;
  const calls: RecordedCall[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      calls.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
      });
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const recorder: HttpRecorder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    answer(next) {
      reply = next;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return recorder;
}

/** Telegram's own answers. */
export const telegramOk = { status: 200, body: { ok: true, result: { message_id: 1 } } };
export const telegramTooMany = (retryAfter: number) => ({
  status: 429,
  body: {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  },
});
