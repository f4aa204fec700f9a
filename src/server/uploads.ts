/**
 * Visitor uploads: images and PDF only, typed by their bytes (never by name or declared type),
 * limited in size while streaming, stored under random names, and served so that no browser
 * will run them: nosniff, a sandboxing CSP and Content-Disposition.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import type { Attachment } from '../store/model.js';

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
      readonly error: 'no_file' | 'too_large' | 'unsupported_type';
      readonly message: string;
    };

/** Reads one file from a multipart request, checks it, and stores it. */
export async function receiveUpload(
  request: Request,
  uploadsDir: string,
  maxBytes: number,
): Promise<UploadOutcome> {
  // Loaded on the first upload: an idle server does not carry them.
  const { default: busboy } = await import('busboy');
  return new Promise((resolve, reject) => {
    let parser: import('busboy').Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 5, parts: 10 },
      });
    } catch {
      resolve({
        ok: false,
        status: 400,
        error: 'no_file',
        message: 'Expected a multipart/form-data upload with one file',
      });
      return;
    }
    let received: Promise<UploadOutcome> | undefined;
    parser.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        truncated = true;
      });
      received = new Promise((done) => {
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
          done(store(Buffer.concat(chunks), info.filename, uploadsDir));
        });
      });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (!received)
        resolve({ ok: false, status: 400, error: 'no_file', message: 'No file in the upload' });
      else received.then(resolve, reject);
    });
    request.pipe(parser);
  });
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
  await mkdir(uploadsDir, { recursive: true });
  await writeFile(join(uploadsDir, file), bytes, { mode: 0o600 });
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
