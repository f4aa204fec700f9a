/**
 * Telegram as a chat channel: the Bot API posts each update to /telegram/webhook with the
 * secret token given to setWebhook; anything without it is refused. A message becomes the
 * visitor's message in the conversation of that Telegram chat (the same knowledge, language
 * from the user's language_code, handoff and operators as the widget). Telegram resends an
 * update until it gets a 2xx, so the update id is the message's clientId: a resend is stored once.
 */
import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config/schema.js';
import type { ServerContext } from '../context.js';
import { fetchTelegramFile, fileOf, type TelegramFileRef } from '../telegram-files.js';

const update = z.looseObject({
  update_id: z.int(),
  message: z
    .looseObject({
      chat: z.looseObject({ id: z.union([z.int(), z.string()]) }),
      from: z.looseObject({ language_code: z.string().max(16).optional() }).optional(),
      text: z.string().max(4096).optional(),
      caption: z.string().max(1024).optional(),
      photo: z
        .array(z.looseObject({ file_id: z.string(), file_size: z.int().optional() }))
        .optional(),
      document: z
        .looseObject({
          file_id: z.string(),
          file_name: z.string().max(300).optional(),
          file_size: z.int().optional(),
        })
        .optional(),
    })
    .optional(),
});

/** The conversation's external id for a Telegram chat; telegram-replies.ts reads it back. */
export const telegramExternalId = (chatId: number | string) => `telegram:${chatId}`;

/** Updates handled lately: a resend skips fetching its file again. */
const rememberedUpdates = 1000;

/** The Bot API's webhook: Telegram posts each update here. */
export const telegramPaths = ['/telegram/webhook'];

export function telegramRoutes(context: ServerContext): Router {
  const router = express.Router();
  const handled = new Set<number>();
  router.post('/telegram/webhook', express.json({ limit: '1mb' }), async (request, response) => {
    const telegram = context.config().channels.telegram;
    if (!telegram) return response.status(404).json({ error: 'not_found' });
    const given = Buffer.from(String(request.headers['x-telegram-bot-api-secret-token'] ?? ''));
    const expected = Buffer.from(telegram.secretToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return response.status(401).json({ error: 'unauthorized' });
    const parsed = update.safeParse(request.body);
    // Anything else (edits, joins, callbacks) is acknowledged and left alone.
    const message = parsed.success ? parsed.data.message : undefined;
    const text = message?.text ?? message?.caption ?? '';
    const file = message ? fileOf(message) : undefined;
    if (!parsed.success || !message || (!text.trim() && !file)) return response.json({ ok: true });
    if (handled.has(parsed.data.update_id)) return response.json({ ok: true });
    try {
      const conversation = await context.service.externalConversation(
        telegramExternalId(message.chat.id),
        message.from?.language_code,
        'telegram',
      );
      const attachmentIds = file
        ? await attachTelegramFile(context, telegram, conversation.id, file)
        : [];
      if (!text.trim() && attachmentIds.length === 0) return response.json({ ok: true });
      await context.service.visitorMessage(conversation.id, {
        text: text.slice(0, context.config().server.limits.messageChars),
        clientId: `tg-${parsed.data.update_id}`,
        attachmentIds,
      });
      // Only once it is stored: an update that failed is taken whole when Telegram resends it.
      handled.add(parsed.data.update_id);
      if (handled.size > rememberedUpdates) handled.delete(handled.values().next().value!);
      response.json({ ok: true });
    } catch (error) {
      context.logger.error({ err: error }, 'a Telegram update failed');
      response.status(500).json({ error: 'server_error' });
    }
  });
  return router;
}

/** The file as an upload of the conversation; none when it is refused (it is logged). */
async function attachTelegramFile(
  context: ServerContext,
  telegram: NonNullable<Config['channels']['telegram']>,
  conversationId: string,
  file: TelegramFileRef,
): Promise<string[]> {
  const verdict = await context.limits.uploadsPerConversation.take(conversationId);
  if (!verdict.ok) return [];
  const maxBytes = Math.round(context.config().server.limits.uploadMegabytes * 1024 * 1024);
  const fetched = await fetchTelegramFile(telegram, file, maxBytes, context.uploadsDir);
  if (!fetched.ok) {
    context.logger.warn({ conversationId, why: fetched.why }, 'a Telegram file was not kept');
    return [];
  }
  await context.service.addUpload(conversationId, fetched.attachment);
  return [fetched.attachment.id];
}
