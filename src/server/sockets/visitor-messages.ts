/**
 * The visitor's conversation itself: messages (acknowledged once stored), the draft preview,
 * and catching up after a reconnect.
 */
import { ChatError } from '../../chat/conversation-service.js';
import { type Ack, ackOf, invalid } from '../payloads.js';
import { visitorView, visitorViews } from '../views.js';
import type { VisitorConnection } from './visitor.js';

export function handleVisitorMessages(connection: VisitorConnection): void {
  const { socket, data, context } = connection;
  const { service, payloads } = context;

  // One tab's messages are stored in the order it sent them: the first one makes the
  // conversation, and without a queue a second one sent meanwhile could be stored before it.
  let inOrder: Promise<unknown> = Promise.resolve();
  socket.on('message', (payload: unknown, callback: unknown) => {
    inOrder = inOrder.then(() => onMessage(connection, payload, ackOf(callback)));
  });

  socket.on('typing', (payload: unknown) => {
    const parsed = payloads.typing.safeParse(payload);
    if (!parsed.success) return;
    // Nobody watches a visitor with no conversation: the draft goes nowhere.
    const conversationId = data.conversationId;
    if (!conversationId) return;
    // The draft preview is throttled here too, whatever the client does.
    const now = Date.now();
    if (now - data.lastTyping < 150) return;
    data.lastTyping = now;
    const preview = context.config().widget.typingPreview;
    service.typing(conversationId, {
      who: 'visitor',
      on: parsed.data.on ?? parsed.data.draft.length > 0,
      ...(preview ? { draft: parsed.data.draft.slice(0, 1000) } : {}),
    });
  });

  socket.on('sync', async (payload: unknown, callback: unknown) => {
    const ack = ackOf(callback);
    const parsed = payloads.sync.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error));
    const conversationId = data.conversationId;
    if (!conversationId) return ack({ ok: true, entries: [], state: 'bot', lastSeq: 0 });
    const entries = await context.store.entriesAfter(conversationId, parsed.data.after);
    const conversation = await service.get(conversationId);
    ack({
      ok: true,
      entries: visitorViews(entries),
      state: conversation.state,
      lastSeq: conversation.lastSeq,
    });
  });
}

async function onMessage(connection: VisitorConnection, payload: unknown, ack: Ack) {
  const { socket, data, context } = connection;
  const { service, limits, metrics, logger } = context;
  const parsed = context.payloads.visitorMessage.safeParse(payload);
  if (!parsed.success) return ack(invalid(parsed.error));
  // Counted per visitor (one conversation each), from before the first message made it.
  const verdict = await limits.messagesPerConversation.take(`v:${data.visitorId}`);
  if (!verdict.ok) {
    metrics.rateLimited.inc({ kind: 'message' });
    return ack({
      ok: false,
      error: {
        code: 'rate_limited',
        message: 'Too many messages',
        retryAfterMs: verdict.retryAfterMs,
      },
    });
  }
  try {
    const conversationId = await connection.conversationNow();
    const outcome = await service.visitorMessage(conversationId, {
      text: parsed.data.text,
      ...(parsed.data.clientId ? { clientId: parsed.data.clientId } : {}),
      ...(parsed.data.attachments ? { attachmentIds: parsed.data.attachments } : {}),
      origin: socket.id,
    });
    // The stored entry rides on the acknowledgement, so this tab is not sent it again as an
    // `entry` event: one frame fewer for every message a visitor sends.
    ack({
      ok: true,
      conversationId,
      id: outcome.entry.id,
      seq: outcome.entry.seq,
      duplicate: !outcome.created,
      entry: visitorView(outcome.entry),
    });
    outcome.reply.catch((error: unknown) =>
      logger.error({ err: error, conversationId }, 'bot reply failed'),
    );
  } catch (error) {
    if (error instanceof ChatError)
      return ack({ ok: false, error: { code: error.code, message: error.message } });
    logger.error({ err: error }, 'storing a visitor message failed');
    ack({
      ok: false,
      error: { code: 'server_error', message: 'The message could not be stored; please resend it' },
    });
  }
}
