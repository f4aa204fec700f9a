/**
 * A stand-in for the Telegram Bot API as a chat channel uses it: sendMessage, getFile and the
 * file download (/file/bot<token>/<file_path>), in Telegram's wire format ({ ok, result }).
 * Files are what the test puts in; every call is recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BotApiCall {
  readonly path: string;
  readonly body: string;
  status?: number;
}

export interface TelegramBotApiFake {
  readonly url: string;
  readonly calls: BotApiCall[];
  /** Serves `bytes` as the file with this id. */
  addFile(fileId: string, filePath: string, bytes: Buffer): void;
  /** The next `count` sendMessage calls get a 429 asking to wait `retryAfter` seconds. */
  tooMany(count: number, retryAfter: number): void;
  /** The texts sent to chats, in order. */
  sent(): Array<{ chat_id: string; text: string }>;
  close(): Promise<void>;
}

export async function startTelegramBotApiFake(token: string): Promise<TelegramBotApiFake> {
  const calls: BotApiCall[] = [];
  const files = new Map<string, { path: string; bytes: Buffer }>();
  let messageId = 0;
  let refuse = { count: 0, retryAfter: 0 };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      const path = request.url ?? '';
      const call: BotApiCall = { path, body };
      calls.push(call);
      const json = (status: number, value: unknown) => {
        call.status = status;
        response
          .writeHead(status, { 'content-type': 'application/json' })
          .end(JSON.stringify(value));
      };
      if (path === `/bot${token}/sendMessage` && refuse.count > 0) {
        refuse.count--;
        return json(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${refuse.retryAfter}`,
          parameters: { retry_after: refuse.retryAfter },
        });
      }
      if (path === `/bot${token}/sendMessage`)
        return json(200, { ok: true, result: { message_id: ++messageId } });
      if (path === `/bot${token}/getFile`) {
        const fileId = (JSON.parse(body) as { file_id: string }).file_id;
        const file = files.get(fileId);
        if (!file)
          return json(400, {
            ok: false,
            error_code: 400,
            description: 'Bad Request: invalid file_id',
          });
        return json(200, {
          ok: true,
          result: { file_id: fileId, file_size: file.bytes.length, file_path: file.path },
        });
      }
      const download = [...files.values()].find(
        (file) => path === `/file/bot${token}/${file.path}`,
      );
      if (download)
        return response
          .writeHead(200, { 'content-type': 'application/octet-stream' })
          .end(download.bytes);
      json(404, { ok: false, error_code: 404, description: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    addFile: (fileId, filePath, bytes) => files.set(fileId, { path: filePath, bytes }),
    tooMany: (count, retryAfter) => {
      refuse = { count, retryAfter };
    },
    // Delivered ones only: a refused call is recorded but was not sent.
    sent: () =>
      calls
        .filter((call) => call.path === `/bot${token}/sendMessage` && call.status === 200)
        .map((call) => JSON.parse(call.body) as { chat_id: string; text: string }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
