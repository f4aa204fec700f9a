/**
 * The multipart body of a sendPhoto or sendDocument call: a stored upload (an operator's file)
 * read from the uploads folder and sent under the name it was given. GIFs go as documents, since
 * sendPhoto would flatten an animation to one frame.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Attachment } from '../domain/conversation.js';

export async function telegramFileForm(
  uploadsDir: string,
  chatId: string,
  attachment: Attachment,
  field: 'photo' | 'document',
  caption: string | undefined,
): Promise<FormData> {
  // The stored name comes from our own url (/uploads/<random>.<ext>); basename keeps it there.
  const bytes = await readFile(join(uploadsDir, basename(attachment.url)));
  const form = new FormData();
  form.append('chat_id', chatId);
  if (caption) form.append('caption', caption.slice(0, 1024));
  form.append(field, new Blob([new Uint8Array(bytes)], { type: attachment.type }), attachment.name);
  return form;
}
