/**
 * The `channels` section: where visitors chat with the bot besides the website widget.
 */
import { z } from 'zod';

/** Chat channels beyond the website widget (docs/channels.md). */
export const channels = z
  .strictObject({
    telegram: z
      .strictObject({
        token: z
          .string()
          .min(1)
          .describe('The bot token from @BotFather; use ${TELEGRAM_CHAT_BOT_TOKEN}.'),
        secretToken: z
          .string()
          .regex(/^[A-Za-z0-9_-]{16,256}$/, 'Expected 16 to 256 letters, digits, _ or -')
          .describe(
            'The secret_token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token and other requests are refused.',
          ),
        apiBaseUrl: z
          .url({ protocol: /^https?$/ })
          .default('https://api.telegram.org')
          .describe('Telegram Bot API base URL.'),
      })
      .optional()
      .describe(
        'Visitors talk to the bot in Telegram, through the Bot API webhook at /telegram/webhook.',
      ),
  })
  .prefault({})
  .describe('Chat channels beyond the website widget.');
