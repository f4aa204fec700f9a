/**
 * What the bot and operators say in a Telegram conversation goes back to that Telegram chat
 * through the Bot API's sendMessage, as plain text (no parse mode, so nobody's words become
 * markup). One chat's messages go one after another, in order; a 429 waits its retry_after and
 * a 5xx or a dropped connection is tried again, three tries in all. A message that still fails is
 * logged; it stays in the conversation either way.
 */
import type { ServerContext } from './context.js';

const sendTimeoutMs = 10_000;
const tries = 3;

type Outcome = { ok: true } | { ok: false; error: string; retryAfterMs?: number; final: boolean };

export function relayToTelegram(context: ServerContext, retryDelayMs = 1000): void {
  const queues = new Map<string, Promise<void>>();
  context.service.on('entry', (conversationId, entry, summary) => {
    if (summary.channel !== 'telegram' || entry.kind !== 'message') return;
    if (entry.author.kind === 'visitor' || !entry.text.trim()) return;
    const chatId = summary.externalId?.replace(/^telegram:/, '');
    if (!chatId) return;
    const text =
      entry.author.kind === 'operator' ? `${entry.author.name}: ${entry.text}` : entry.text;
    const previous = queues.get(chatId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const outcome = await sendWithRetries(context, chatId, text.slice(0, 4096), retryDelayMs);
      if (!outcome.ok)
        context.logger.warn(
          { conversationId, error: outcome.error },
          'a message to Telegram could not be sent',
        );
    });
    queues.set(chatId, next);
    void next.finally(() => {
      if (queues.get(chatId) === next) queues.delete(chatId);
    });
  });
}

async function sendWithRetries(
  context: ServerContext,
  chatId: string,
  text: string,
  retryDelayMs: number,
): Promise<Outcome> {
  let outcome: Outcome = { ok: false, error: 'not sent', final: true };
  for (let attempt = 0; attempt < tries; attempt++) {
    outcome = await sendMessage(context, chatId, text);
    if (outcome.ok || outcome.final) return outcome;
    const wait = outcome.retryAfterMs ?? retryDelayMs * 2 ** attempt;
    await new Promise((resolve) => setTimeout(resolve, wait).unref());
  }
  return outcome;
}

async function sendMessage(context: ServerContext, chatId: string, text: string): Promise<Outcome> {
  const telegram = context.config().channels.telegram;
  if (!telegram) return { ok: false, error: 'Telegram is no longer configured', final: true };
  const base = telegram.apiBaseUrl.replace(/\/+$/, '');
  try {
    const response = await fetch(`${base}/bot${telegram.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chatId, text }),
      signal: AbortSignal.timeout(sendTimeoutMs),
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
