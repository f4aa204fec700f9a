/**
 * What the bot and operators say in a Telegram conversation goes back to that Telegram chat
 * through the Bot API: text with sendMessage, as plain text (no parse mode, so nobody's words
 * become markup), and an operator's files with sendPhoto (images) or sendDocument (the rest),
 * uploaded as multipart. One chat's messages go one after another, in order; a 429 waits its
 * retry_after and a 5xx or a dropped connection is tried again, three tries in all. A message
 * that still fails is logged; it stays in the conversation either way.
 */
import type { Attachment, MessageEntry } from '../domain/conversation.js';
import type { ServerContext } from './context.js';
import { telegramFileForm } from './telegram-outgoing-files.js';

const sendTimeoutMs = 10_000;
const fileTimeoutMs = 60_000;
const tries = 3;

type Outcome = { ok: true } | { ok: false; error: string; retryAfterMs?: number; final: boolean };

/** One Bot API call, made again from scratch on each try (a multipart body is read once). */
interface BotApiCall {
  readonly method: 'sendMessage' | 'sendPhoto' | 'sendDocument';
  readonly body: () => Promise<{ body: string | FormData; json: boolean }>;
  readonly timeoutMs: number;
}

export function relayToTelegram(context: ServerContext, retryDelayMs = 1000): void {
  const queues = new Map<string, Promise<void>>();
  context.service.on('entry', (conversationId, entry, summary) => {
    if (summary.channel !== 'telegram' || entry.kind !== 'message') return;
    if (entry.author.kind === 'visitor') return;
    const chatId = summary.externalId?.replace(/^telegram:/, '');
    if (!chatId) return;
    const calls = callsFor(context, chatId, entry);
    if (calls.length === 0) return;
    const previous = queues.get(chatId) ?? Promise.resolve();
    const next = previous.then(async () => {
      for (const call of calls) {
        const outcome = await sendWithRetries(context, call, retryDelayMs);
        if (!outcome.ok)
          context.logger.warn(
            { conversationId, method: call.method, error: outcome.error },
            'a message to Telegram could not be sent',
          );
      }
    });
    queues.set(chatId, next);
    void next.finally(() => {
      if (queues.get(chatId) === next) queues.delete(chatId);
    });
  });
}

/** The entry's files first (each captioned with who sent it), then its text. */
function callsFor(context: ServerContext, chatId: string, entry: MessageEntry): BotApiCall[] {
  const signed = (text: string) =>
    entry.author.kind === 'operator' ? `${entry.author.name}: ${text}` : text;
  // A file shows who sent it, as a text does.
  const caption = entry.author.kind === 'operator' ? entry.author.name : undefined;
  const files = entry.attachments.map((attachment) =>
    fileCall(context, chatId, attachment, caption),
  );
  if (!entry.text.trim()) return files;
  const text = signed(entry.text).slice(0, 4096);
  return [
    ...files,
    {
      method: 'sendMessage',
      body: async () => ({ body: JSON.stringify({ chat_id: chatId, text }), json: true }),
      timeoutMs: sendTimeoutMs,
    },
  ];
}

function fileCall(
  context: ServerContext,
  chatId: string,
  attachment: Attachment,
  caption: string | undefined,
): BotApiCall {
  const photo = attachment.type.startsWith('image/') && attachment.type !== 'image/gif';
  return {
    method: photo ? 'sendPhoto' : 'sendDocument',
    body: async () => ({
      body: await telegramFileForm(
        context.uploadsDir,
        chatId,
        attachment,
        photo ? 'photo' : 'document',
        caption,
      ),
      json: false,
    }),
    timeoutMs: fileTimeoutMs,
  };
}

async function sendWithRetries(
  context: ServerContext,
  call: BotApiCall,
  retryDelayMs: number,
): Promise<Outcome> {
  let outcome: Outcome = { ok: false, error: 'not sent', final: true };
  for (let attempt = 0; attempt < tries; attempt++) {
    outcome = await callBotApi(context, call);
    if (outcome.ok || outcome.final) return outcome;
    const wait = outcome.retryAfterMs ?? retryDelayMs * 2 ** attempt;
    await new Promise((resolve) => setTimeout(resolve, wait).unref());
  }
  return outcome;
}

async function callBotApi(context: ServerContext, call: BotApiCall): Promise<Outcome> {
  const telegram = context.config().channels.telegram;
  if (!telegram) return { ok: false, error: 'Telegram is no longer configured', final: true };
  const base = telegram.apiBaseUrl.replace(/\/+$/, '');
  let request: { body: string | FormData; json: boolean };
  try {
    request = await call.body();
  } catch (error) {
    // The stored file is gone (erased, purged): trying again will not bring it back.
    return { ok: false, error: `The file could not be read: ${String(error)}`, final: true };
  }
  try {
    const response = await fetch(`${base}/bot${telegram.token}/${call.method}`, {
      method: 'POST',
      // FormData sets its own multipart content type with the boundary.
      ...(request.json ? { headers: { 'content-type': 'application/json' } } : {}),
      body: request.body,
      signal: AbortSignal.timeout(call.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as {
      ok?: boolean;
      description?: string;
      parameters?: { retry_after?: number };
    };
    if (response.ok && body.ok) return { ok: true };
    const retryAfter = body.parameters?.retry_after;
    return {
      ok: false,
      error: `Telegram answered ${response.status}${body.description ? `: ${body.description}` : ''}`,
      ...(retryAfter !== undefined ? { retryAfterMs: retryAfter * 1000 } : {}),
      // A 4xx other than "too many requests" (a blocked bot, a wrong chat) will not get better.
      final: response.status < 500 && response.status !== 429,
    };
  } catch (error) {
    return { ok: false, error: `Telegram unreachable: ${String(error)}`, final: false };
  }
}
