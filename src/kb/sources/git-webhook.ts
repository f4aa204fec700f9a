/**
 * POST /hooks/git: a push notification (GitHub, Gitea, GitLab with a signing proxy) that makes
 * the server pull at once. The body must be signed like GitHub's X-Hub-Signature-256
 * (HMAC-SHA256 of the raw body); a bad or missing signature is 401 and does nothing.
 * A plain Node handler, so express can mount it and tests can serve it alone.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const maxBody = 1024 * 1024;

export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Constant-time comparison of the signature header with the body's HMAC. */
export function verifySignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function gitWebhookHandler(secret: string, onPush: () => void) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const reply = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'POST') {
      reply(405, { error: 'POST only' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        refused = true;
        reply(413, { error: 'body too large' });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      if (
        !verifySignature(secret, body, request.headers['x-hub-signature-256'] as string | undefined)
      ) {
        return reply(401, { error: 'bad or missing X-Hub-Signature-256' });
      }
      // Answer at once; the pull happens after, as git hosts time out slow hooks.
      reply(202, { accepted: true });
      onPush();
    });
  };
}
