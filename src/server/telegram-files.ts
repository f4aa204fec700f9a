/**
 * A photo or document a Telegram user sent, fetched from the Bot API (getFile, then the file
 * itself) and kept like a widget upload: the same size limit, the type read from the bytes (PNG,
 * JPEG, WebP, GIF, PDF), stored under a random name.
 */
import type { Config } from '../config/schema.js';
import type { Attachment } from '../domain/conversation.js';
import { storeUploadBytes } from './uploads.js';

export interface TelegramFileRef {
  readonly fileId: string;
  readonly name?: string;
  readonly size?: number;
}

type TelegramChannel = NonNullable<Config['channels']['telegram']>;

const timeoutMs = 30_000;

/** The largest photo size within the limit, or the document; undefined when there is none. */
export function fileOf(message: {
  photo?: { file_id: string; file_size?: number }[] | undefined;
  document?: { file_id: string; file_name?: string; file_size?: number } | undefined;
}): TelegramFileRef | undefined {
  if (message.document)
    return {
      fileId: message.document.file_id,
      ...(message.document.file_name ? { name: message.document.file_name } : {}),
      ...(message.document.file_size ? { size: message.document.file_size } : {}),
    };
  const largest = message.photo?.at(-1);
  return largest
    ? { fileId: largest.file_id, ...(largest.file_size ? { size: largest.file_size } : {}) }
    : undefined;
}

export async function fetchTelegramFile(
  telegram: TelegramChannel,
  file: TelegramFileRef,
  maxBytes: number,
  uploadsDir: string,
): Promise<{ ok: true; attachment: Attachment } | { ok: false; why: string }> {
  if (file.size !== undefined && file.size > maxBytes) return { ok: false, why: 'too large' };
  const base = telegram.apiBaseUrl.replace(/\/+$/, '');
  const info = await fetch(`${base}/bot${telegram.token}/getFile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file_id: file.fileId }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await info.json().catch(() => ({}))) as {
    ok?: boolean;
    result?: { file_path?: string; file_size?: number };
  };
  const path = body.result?.file_path;
  if (!info.ok || !body.ok || !path) return { ok: false, why: `getFile answered ${info.status}` };
  if ((body.result?.file_size ?? 0) > maxBytes) return { ok: false, why: 'too large' };
  const download = await fetch(`${base}/file/bot${telegram.token}/${path}`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!download.ok) return { ok: false, why: `the download answered ${download.status}` };
  const bytes = Buffer.from(await download.arrayBuffer());
  if (bytes.length > maxBytes) return { ok: false, why: 'too large' };
  const stored = await storeUploadBytes(bytes, file.name ?? path.split('/').pop(), uploadsDir);
  return stored.ok
    ? { ok: true, attachment: stored.attachment }
    : { ok: false, why: stored.message };
}
