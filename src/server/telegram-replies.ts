/**
 * What the bot and operators say in a Telegram conversation goes back to that Telegram chat
 * through the Bot API's sendMessage, as plain text (no parse mode, so nobody's words become
 * markup). A failed send is logged; the message stays in the conversation either way.
 */
import type { ServerContext } from './context.js';

const sendTimeoutMs = 10_000;

export function relayToTelegram(context: ServerContext): void {
  context.service.on('entry', (conversationId, entry, summary) => {
    if (summary.channel !== 'telegram' || entry.kind !== 'message') return;
    if (entry.author.kind === 'visitor' || !entry.text.trim()) return;
    const telegram = context.config().channels.telegram;
    const chatId = summary.externalId?.replace(/^telegram:/, '');
    if (!telegram || !chatId) return;
    const text =
      entry.author.kind === 'operator' ? `${entry.author.name}: ${entry.text}` : entry.text;
    const base = telegram.apiBaseUrl.replace(/\/+$/, '');
    void fetch(`${base}/bot${telegram.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chatId, text: text.slice(0, 4096) }),
      signal: AbortSignal.timeout(sendTimeoutMs),
    })
      .then(async (response) => {
        if (!response.ok)
          context.logger.warn(
            {
              conversationId,
              status: response.status,
              body: (await response.text()).slice(0, 200),
            },
            'a message to Telegram was refused',
          );
        else await response.body?.cancel();
      })
      .catch((error: unknown) =>
        context.logger.warn({ conversationId, err: error }, 'Telegram is unreachable'),
      );
  });
}
