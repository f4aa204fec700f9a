/**
 * The visitor namespace. A socket carries a signed visitor token (or gets one), joins its own
 * conversation's room and no other, and every message is acknowledged only once it is stored.
 * A conversation is created by the visitor's first message (or their contact details, or asking
 * for a person), never by opening the widget: until then the socket holds the visitor's facts
 * and a session counter is all a visit leaves behind.
 * Transport only: what a message means is the ConversationService's business.
 */
import type { Namespace, Socket } from 'socket.io';
import { hasContact } from '../chat/contact-details.js';
import { ChatError, type VisitorUpdate } from '../chat/conversation-service.js';
import type { ServerContext } from './context.js';
import { type Ack, ackOf, invalid } from './payloads.js';
import { attachTranscriptEvent } from './transcript-socket.js';
import { visitorView, visitorViews } from './views.js';

interface VisitorData {
  visitorId: string;
  /** Undefined until the visitor does something that makes a conversation. */
  conversationId: string | undefined;
  /**
   * What the socket learnt of the visitor (on connecting, then pages and a language), in order,
   * for the conversation when it is made.
   */
  facts: VisitorUpdate[];
  lastTyping: number;
}

const knownEvents = new Set([
  'message',
  'typing',
  'sync',
  'page',
  'lang',
  'human',
  'identify',
  'rate',
  'transcript',
]);

/** Pages and language changes a socket keeps before there is a conversation to write them to. */
const maxFactsHeld = 50;

/** Every visitor's tabs share this room, with or without a conversation. */
const visitorRoom = (visitorId: string) => `v:${visitorId}`;

export function attachVisitorNamespace(namespace: Namespace, context: ServerContext): void {
  const { service, tokens, limits, metrics, presence, payloads, logger } = context;

  namespace.use(async (socket, next) => {
    const ip = context.clientIp(socket.request);
    const verdict = await limits.requestsPerIp.take(`ip:${ip}`);
    if (!verdict.ok) {
      metrics.rateLimited.inc({ kind: 'connection' });
      next(
        Object.assign(new Error('rate_limited'), { data: { retryAfterMs: verdict.retryAfterMs } }),
      );
      return;
    }
    next();
  });

  /** A conversation was made for a visitor: each of their tabs joins its room. */
  const adopt = async (visitorId: string, conversationId: string) => {
    for (const socketId of namespace.adapter.rooms.get(visitorRoom(visitorId)) ?? []) {
      const tab = namespace.sockets.get(socketId);
      const data = tab?.data as VisitorData | undefined;
      if (!tab || !data || data.conversationId) continue;
      data.conversationId = conversationId;
      await tab.join(`c:${conversationId}`);
      presence.connected(conversationId);
    }
  };

  // However it was made (a message, a file, the pre-chat form), the visitor's open tabs follow.
  service.on('created', (conversationId, _channel, visitorId) => {
    if (visitorId) void adopt(visitorId, conversationId);
  });

  namespace.on('connection', async (socket: Socket) => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    let visitorId = tokens.verify(auth.token);
    let token = typeof auth.token === 'string' ? auth.token : undefined;
    if (!visitorId) ({ token, visitorId } = tokens.issue());
    metrics.visitorSessions.inc();
    const page = typeof auth.page === 'string' ? auth.page.slice(0, 2000) : undefined;
    const facts: VisitorUpdate = {
      ...(typeof auth.lang === 'string' ? { lang: auth.lang } : {}),
      ...(page ? { page } : {}),
      ...(typeof auth.title === 'string' ? { pageTitle: auth.title.slice(0, 300) } : {}),
      ...(typeof auth.referrer === 'string' ? { referrer: auth.referrer.slice(0, 2000) } : {}),
      ...(isStringRecord(auth.utm) ? { utm: auth.utm } : {}),
      ...(typeof auth.timezone === 'string' ? { timezone: auth.timezone.slice(0, 64) } : {}),
      userAgent: String(socket.handshake.headers['user-agent'] ?? '').slice(0, 400),
      ip: context.clientIp(socket.request),
    };
    const data: VisitorData = {
      visitorId,
      conversationId: undefined,
      facts: [facts],
      lastTyping: 0,
    };
    socket.data = data;
    try {
      // In the visitor's room first: another tab making the conversation meanwhile brings this
      // one along.
      await socket.join(visitorRoom(visitorId));
      let conversation = await service.knownVisitorConversation(visitorId, facts);
      if (!conversation && data.conversationId)
        conversation = await service.get(data.conversationId);
      if (conversation) await adopt(visitorId, conversation.id);
      socket.emit('session', {
        token,
        visitorId,
        conversationId: conversation?.id ?? null,
        state: conversation?.state ?? 'bot',
        lang: conversation?.lang ?? service.language(facts.lang),
        lastSeq: conversation?.lastSeq ?? 0,
        identified: conversation ? hasContact(conversation.contact) : false,
        ...(conversation?.assignee ? { operator: conversation.assignee } : {}),
      });
    } catch (error) {
      logger.error({ err: error }, 'visitor connection failed');
      socket.emit('error', { code: 'server_error', message: 'Could not start the conversation' });
      socket.disconnect(true);
      return;
    }

    /** The visitor's conversation, made now if this is the first thing they do. */
    const conversationNow = async (): Promise<string> => {
      if (data.conversationId) return data.conversationId;
      const conversation = await service.visitorConversation(visitorId, data.facts);
      await adopt(visitorId, conversation.id);
      return conversation.id;
    };

    socket.on('disconnect', () => {
      if (data.conversationId) presence.disconnected(data.conversationId);
    });

    socket.onAny((event: string, ...args: unknown[]) => {
      if (knownEvents.has(event)) return;
      const ack = args.find((arg) => typeof arg === 'function');
      const error = {
        code: 'unknown_event',
        message: `Unknown event "${String(event).slice(0, 40)}"`,
      };
      if (ack) (ack as (response: unknown) => void)({ ok: false, error });
      else socket.emit('error', error);
    });

    // One tab's messages are stored in the order it sent them: the first one makes the
    // conversation, and without a queue a second one sent meanwhile could be stored before it.
    let inOrder: Promise<unknown> = Promise.resolve();
    socket.on('message', (payload: unknown, callback: unknown) => {
      inOrder = inOrder.then(() => onMessage(payload, callback));
    });
    const onMessage = async (payload: unknown, callback: unknown) => {
      const ack = ackOf(callback);
      const parsed = payloads.visitorMessage.safeParse(payload);
      if (!parsed.success) return ack(invalid(parsed.error));
      // Counted per visitor (one conversation each), from before the first message made it.
      const verdict = await limits.messagesPerConversation.take(`v:${visitorId}`);
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
      let conversationId: string | undefined;
      try {
        conversationId = await conversationNow();
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
          error: {
            code: 'server_error',
            message: 'The message could not be stored; please resend it',
          },
        });
      }
    };

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

    socket.on('page', async (payload: unknown) => {
      const parsed = payloads.page.safeParse(payload);
      if (!parsed.success) return;
      const update: VisitorUpdate = {
        page: parsed.data.url,
        ...(parsed.data.title ? { pageTitle: parsed.data.title } : {}),
        ...(parsed.data.referrer ? { referrer: parsed.data.referrer } : {}),
        ...(parsed.data.utm ? { utm: parsed.data.utm } : {}),
      };
      if (!data.conversationId) {
        hold(data, update);
        return;
      }
      await service.updateVisitor(data.conversationId, update);
    });

    socket.on('lang', async (payload: unknown, callback: unknown) => {
      const ack = ackOf(callback);
      const parsed = payloads.lang.safeParse(payload);
      if (!parsed.success) return ack(invalid(parsed.error));
      await answer(ack, logger, async () => {
        if (!data.conversationId) {
          hold(data, { lang: parsed.data.lang });
          return { lang: service.language(parsed.data.lang) };
        }
        const conversation = await service.updateVisitor(data.conversationId, {
          lang: parsed.data.lang,
        });
        return { lang: conversation.lang };
      });
    });

    socket.on('identify', async (payload: unknown, callback: unknown) => {
      const ack = ackOf(callback);
      const parsed = payloads.identify.safeParse(payload);
      if (!parsed.success) return ack(invalid(parsed.error));
      await answer(ack, logger, async () => {
        const contact = await service.identify(await conversationNow(), parsed.data);
        return { identified: hasContact(contact) };
      });
    });

    socket.on('rate', async (payload: unknown, callback: unknown) => {
      const ack = ackOf(callback);
      const parsed = payloads.rate.safeParse(payload);
      if (!parsed.success) return ack(invalid(parsed.error));
      await answer(ack, logger, async () => {
        if (!data.conversationId)
          throw new ChatError('invalid', 'Only a resolved conversation can be rated');
        await service.rate(data.conversationId, parsed.data.rating, parsed.data.comment);
        return {};
      });
    });

    attachTranscriptEvent(socket, () => data.conversationId, context, context.visitorEmail);

    socket.on('human', async (_payload: unknown, callback: unknown) => {
      const ack = ackOf(typeof _payload === 'function' ? _payload : callback);
      await answer(ack, logger, async () => {
        await service.requestHuman(await conversationNow());
        return {};
      });
    });
  });
}

/** A fact kept for the conversation to come: the first (the connection's) and the latest ones. */
function hold(data: VisitorData, update: VisitorUpdate): void {
  if (data.facts.length >= maxFactsHeld) data.facts.splice(1, 1);
  data.facts.push(update);
}

/** Runs a request and acknowledges it: domain refusals as they are, anything else logged. */
async function answer(
  ack: Ack,
  logger: ServerContext['logger'],
  task: () => Promise<Record<string, unknown>>,
): Promise<void> {
  try {
    ack({ ok: true, ...(await task()) });
  } catch (error) {
    if (error instanceof ChatError)
      return ack({ ok: false, error: { code: error.code, message: error.message } });
    logger.error({ err: error }, 'a visitor request failed');
    ack({ ok: false, error: { code: 'server_error', message: 'Something went wrong' } });
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length <= 10 &&
    Object.entries(value).every(
      ([key, item]) => typeof item === 'string' && key.length <= 40 && item.length <= 200,
    )
  );
}
