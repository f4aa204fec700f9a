/**
 * Visitor uploads: images and PDF only, typed by their bytes (never by name or declared type),
 * limited in size while streaming, stored under random names, and served so that no browser
 * will run them: nosniff, a sandboxing CSP and Content-Disposition.
 */

import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import type { Attachment } from '../domain/conversation.js';
import type { WireErrorCode } from '../errors/catalogue.js';
import { privateDir, privateFileMode } from '../store/private-files.js';
import type { ServerContext } from './context.js';

/** What may be uploaded; SVG is refused on purpose: it can carry script. */
export const allowedUploadTypes: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

const storedName = /^[0-9a-f]{48}\.(png|jpg|webp|gif|pdf)$/;

export type UploadOutcome =
  | { readonly ok: true; readonly attachment: Attachment }
  | {
      readonly ok: false;
      readonly status: 400 | 413 | 415;
      readonly error: Extract<
        WireErrorCode,
        'no_file' | 'malformed' | 'too_large' | 'unsupported_type'
      >;
      readonly message: string;
    };

const malformed = {
  ok: false,
  status: 400,
  error: 'malformed',
  message: 'The upload is not a whole multipart/form-data body',
} as const satisfies UploadOutcome;

/**
 * Reads one file from a multipart request, checks it, and stores it. Never rejects for what the
 * client sent: a body cut before its closing boundary, garbage, or a client gone mid-request is
 * an outcome, because an error event without a listener would end the whole process.
 */
/**
 * A file for one conversation, within its per-conversation upload limit and the size limit: the
 * stored attachment, or the refusal to answer with. Visitors' and operators' uploads both come
 * through here.
 */
export async function receiveConversationFile(
  context: Pick<ServerContext, 'limits' | 'config' | 'uploadsDir'>,
  request: Request,
  conversationId: string,
): Promise<
  | { readonly ok: true; readonly attachment: Attachment }
  | { readonly ok: false; readonly status: number; readonly body: object }
> {
  const verdict = await context.limits.uploadsPerConversation.take(conversationId);
  if (!verdict.ok)
    return {
      ok: false,
      status: 429,
      body: { error: 'rate_limited', retryAfterMs: verdict.retryAfterMs },
    };
  const maxBytes = Math.round(context.config().server.limits.uploadMegabytes * 1024 * 1024);
  const outcome = await receiveUpload(request, context.uploadsDir, maxBytes);
  if (!outcome.ok)
    return {
      ok: false,
      status: outcome.status,
      body: { error: outcome.error, message: outcome.message },
    };
  return { ok: true, attachment: outcome.attachment };
}

export async function receiveUpload(
  request: Request,
  uploadsDir: string,
  maxBytes: number,
): Promise<UploadOutcome> {
  // Loaded on the first upload: an idle server does not carry them.
  const { default: busboy } = await import('busboy');
  let parser: import('busboy').Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { files: 1, fileSize: maxBytes, fields: 5, parts: 10 },
    });
  } catch {
    return {
      ok: false,
      status: 400,
      error: 'no_file',
      message: 'Expected a multipart/form-data upload with one file',
    };
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: Promise<UploadOutcome> | UploadOutcome) => {
      if (settled) return;
      settled = true;
      // What is left of a refused body is read and dropped, so the answer can still be sent.
      request.unpipe(parser);
      request.resume();
      Promise.resolve(outcome).then(resolve, reject);
    };
    let received: Promise<UploadOutcome> | undefined;
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        truncated = true;
      });
      received = new Promise((done) => {
        // Busboy fails the file and the form together ("Unexpected end of form").
        stream.on('error', () => done(malformed));
        stream.on('end', () => {
          if (truncated) {
            done({
              ok: false,
              status: 413,
              error: 'too_large',
              message: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
            });
            return;
          }
          if (info.filename?.includes('\0')) {
            done({ ...malformed, message: 'The file name holds a NUL character' });
            return;
          }
          done(store(Buffer.concat(chunks), info.filename, uploadsDir));
        });
      });
    });
    parser.on('error', () => settle(malformed));
    parser.on('close', () => {
      settle(
        received ?? { ok: false, status: 400, error: 'no_file', message: 'No file in the upload' },
      );
    });
    // A client that goes away mid-body: nobody waits for the answer, but the parser must not either.
    request.on('error', () => settle(malformed));
    request.on('close', () => {
      if (!request.complete) settle(malformed);
    });
    request.pipe(parser);
  });
}

/** A file that came some other way (a Telegram photo): checked and stored like an upload. */
export function storeUploadBytes(
  bytes: Buffer,
  originalName: string | undefined,
  uploadsDir: string,
): Promise<UploadOutcome> {
  return store(bytes, originalName, uploadsDir);
}

async function store(
  bytes: Buffer,
  originalName: string | undefined,
  uploadsDir: string,
): Promise<UploadOutcome> {
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(bytes);
  const extension = type ? allowedUploadTypes[type.mime] : undefined;
  if (!type || !extension) {
    return {
      ok: false,
      status: 415,
      error: 'unsupported_type',
      message: 'Only PNG, JPEG, WebP, GIF images and PDF files can be sent',
    };
  }
  const id = randomBytes(24).toString('hex');
  const file = `${id}.${extension}`;
  await privateDir(uploadsDir);
  await writeFile(join(uploadsDir, file), bytes, { mode: privateFileMode });
  return {
    ok: true,
    attachment: {
      id,
      name: cleanName(originalName, extension),
      type: type.mime,
      size: bytes.length,
      url: `/uploads/${file}`,
    },
  };
}

/** The visitor's file name for display only: no path, no control characters, bounded. */
function cleanName(name: string | undefined, extension: string): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"<>]/g, '')
    .trim()
    .slice(0, 120);
  return base || `file.${extension}`;
}

export function serveUpload(uploadsDir: string) {
  return (request: Request, response: Response): void => {
    const file = String(request.params.file ?? '');
    if (!storedName.test(file)) {
      response.status(404).json({ error: 'not_found' });
      return;
    }
    const isPdf = file.endsWith('.pdf');
    response.set({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': `${isPdf ? 'attachment' : 'inline'}; filename="${file}"`,
      'Cache-Control': 'private, max-age=86400',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    response.sendFile(file, { root: uploadsDir, dotfiles: 'deny' }, (error) => {
      if (error && !response.headersSent) response.status(404).json({ error: 'not_found' });
    });
  };
}
