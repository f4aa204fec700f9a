/**
 * `/file <path>` in the composer: a local file goes to the conversation through the operator
 * REST route, where it is checked like a visitor's upload (type from the bytes, size limit).
 * Answers with the line the inbox shows, whatever happened: a missing file or a refusal is said,
 * never thrown.
 */
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';

export interface FileServer {
  readonly url: string;
  readonly token: string;
}

/** The path after `/file`, or undefined when the draft is no file command. */
export function fileCommand(draft: string): string | undefined {
  const typed = /^\/file\s+(.+)$/s.exec(draft.trim());
  if (!typed) return undefined;
  return typed[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
}

function localPath(path: string): string {
  return resolve(path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path);
}

export async function sendFile(
  server: FileServer,
  conversationId: string,
  path: string,
): Promise<{ ok: boolean; message: string }> {
  const full = localPath(path);
  let bytes: Buffer;
  try {
    if (!(await stat(full)).isFile()) return { ok: false, message: `Not a file: ${path}` };
    bytes = await readFile(full);
  } catch {
    return { ok: false, message: `Cannot read ${path}` };
  }
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), basename(full));
  try {
    const response = await fetch(
      `${server.url.replace(/\/+$/, '')}/api/operator/conversations/${encodeURIComponent(conversationId)}/files`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}` },
        body: form,
        signal: AbortSignal.timeout(60_000),
      },
    );
    if (response.ok) return { ok: true, message: `Sent ${basename(full)}.` };
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
    return {
      ok: false,
      message: `Not sent: ${body.message ?? body.error ?? `the server answered ${response.status}`}`,
    };
  } catch {
    return {
      ok: false,
      message: 'Not sent: no answer from the server; try again once reconnected.',
    };
  }
}
