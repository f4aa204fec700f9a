/**
 * A stand-in for the Telegram Bot API as a chat channel uses it: sendMessage, sendPhoto and
 * sendDocument (multipart/form-data, as Telegram takes uploads), getFile and the file download
 * (/file/bot<token>/<file_path>), in Telegram's wire format ({ ok, result }). Files are what the
 * test puts in; every call is recorded.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';

export interface BotApiCall {
  readonly path: string;
  readonly body: string;
  status?: number;
}

/** A file a sendPhoto or sendDocument call uploaded. */
export interface SentFile {
  readonly method: 'sendPhoto' | 'sendDocument';
  readonly chat_id: string;
  readonly caption?: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
}

export interface TelegramBotApiFake {
  readonly url: string;
  readonly calls: BotApiCall[];
  /** Serves `bytes` as the file with this id. */
  addFile(fileId: string, filePath: string, bytes: Buffer): void;
  /** The next `count` sendMessage, sendPhoto or sendDocument calls get a 429 asking to wait `retryAfter` seconds. */
  tooMany(count: number, retryAfter: number): void;
  /** The texts sent to chats, in order. */
  sent(): Array<{ chat_id: string; text: string }>;
  /** The photos and documents sent to chats, in order. */
  sentFiles(): SentFile[];
  close(): Promise<void>;
}

export async function startTelegramBotApiFake(token: string): Promise<TelegramBotApiFake> {
  const calls: BotApiCall[] = [];
  const files = new Map<string, { path: string; bytes: Buffer }>();
  let messageId = 0;
  let refuse = { count: 0, retryAfter: 0 };
  const uploadedFiles: SentFile[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    const upload = /\/bot[^/]+\/(sendPhoto|sendDocument)$/.exec(path);
    if (path.startsWith(`/bot${token}/`) && upload) {
      void receiveFile(request, upload[1] as SentFile['method']).then((file) => {
        const call: BotApiCall = { path, body: '' };
        calls.push(call);
        const answer = (status: number, value: unknown) => {
          call.status = status;
          response
            .writeHead(status, { 'content-type': 'application/json' })
            .end(JSON.stringify(value));
        };
        if (!file)
          return answer(400, {
            ok: false,
            error_code: 400,
            description: 'Bad Request: there is no photo in the request',
          });
        if (refuse.count > 0) {
          refuse.count--;
          return answer(429, tooManyRequests(refuse.retryAfter));
        }
        uploadedFiles.push(file);
        answer(200, { ok: true, result: { message_id: ++messageId } });
      });
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
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
        return json(429, tooManyRequests(refuse.retryAfter));
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
    sentFiles: () => [...uploadedFiles],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Reads a multipart upload as Telegram does: chat_id and caption fields, one file part. */
function receiveFile(
  request: IncomingMessage,
  method: SentFile['method'],
): Promise<SentFile | undefined> {
  const field = method === 'sendPhoto' ? 'photo' : 'document';
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers });
    } catch {
      request.resume();
      return resolve(undefined);
    }
    const fields: Record<string, string> = {};
    let file: { name: string; type: string; chunks: Buffer[] } | undefined;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== field) return void stream.resume();
      const received = { name: info.filename ?? '', type: info.mimeType, chunks: [] as Buffer[] };
      file = received;
      stream.on('data', (chunk: Buffer) => received.chunks.push(chunk));
    });
    parser.on('error', () => resolve(undefined));
    parser.on('close', () => {
      if (!file || !fields.chat_id) return resolve(undefined);
      resolve({
        method,
        chat_id: fields.chat_id,
        ...(fields.caption ? { caption: fields.caption } : {}),
        name: file.name,
        type: file.type,
        bytes: Buffer.concat(file.chunks),
      });
    });
    request.pipe(parser);
  });
}

function tooManyRequests(retryAfter: number) {
  return {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  };
}
