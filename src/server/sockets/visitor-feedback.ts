/**
 * A visitor's vote on one bot answer. Votes are limited per visitor like messages, and only an
 * answer in the socket's own conversation can be voted on. A client that asks for no
 * acknowledgement hears of a refusal as an `error` event.
 */

import { ChatError } from '../../chat/conversation-service.js';
import { type Ack, invalid } from '../payloads.js';
import { answer } from './acks.js';
import type { VisitorConnection } from './visitor.js';

export function handleVisitorFeedback(connection: VisitorConnection): void {
  const { socket, data, context } = connection;
  const { service, payloads, logger } = context;

  socket.on('feedback', async (payload: unknown, callback: unknown) => {
    const ack: Ack =
      typeof callback === 'function'
        ? (callback as Ack)
        : (response) => {
            const refused = response as { ok: boolean; error?: unknown };
            if (!refused.ok)
              socket.emit('error', { ...(refused.error as object), event: 'feedback' });
          };
    const parsed = payloads.feedback.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error));
    const verdict = await context.limits.messagesPerConversation.take(`f:${data.visitorId}`);
    if (!verdict.ok)
      return ack({
        ok: false,
        error: {
          code: 'rate_limited',
          message: 'Too many votes',
          retryAfterMs: verdict.retryAfterMs,
        },
      });
    await answer(
      ack,
      logger,
      async () => {
        if (!data.conversationId)
          throw new ChatError('invalid', 'Only a bot answer in this conversation can be rated');
        await service.feedback(data.conversationId, parsed.data.id, parsed.data.vote);
        return {};
      },
      { log: 'a visitor request failed', message: 'Something went wrong' },
    );
  });
}
