/**
 * The visitor namespace. A socket carries a signed visitor token (or gets one), joins its own
 * conversation's room and no other, and every message is acknowledged only once it is stored.
 * A conversation is created by the visitor's first message (or their contact details, or asking
 * for a person), never by opening the widget: until then the socket holds the visitor's facts
 * and a session counter is all a visit leaves behind.
 * Transport only: what a message means is the ConversationService's business. The events
 * themselves are handled by group: visitor-messages.ts (message, typing, sync) and
 * visitor-details.ts (page, lang, identify, rate, human) and visitor-feedback.ts (votes on
 * answers).
 */
import type { Namespace, Socket } from 'socket.io';
import type { VisitorUpdate } from '../../chat/conversation-service.js';
import { hasContact } from '../../domain/contact-details.js';
import { visitorClientEvents } from '../../protocol/visitor.js';
import type { ServerContext } from '../context.js';
import { refuseUnknownEvents } from './acks.js';
import { handleVisitorDetails } from './visitor-details.js';
import { handleVisitorFeedback } from './visitor-feedback.js';
import { handleVisitorMessages } from './visitor-messages.js';
import { attachTranscriptEvent } from './visitor-transcript.js';

export interface VisitorData {
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

/** One connected tab, as the event handlers see it. */
export interface VisitorConnection {
  readonly socket: Socket;
  readonly data: VisitorData;
  readonly context: ServerContext;
  /** The visitor's conversation, made now if this is the first thing they do. */
  conversationNow(): Promise<string>;
}

const knownEvents = new Set<string>(visitorClientEvents);

/** Every visitor's tabs share this room, with or without a conversation. */
const visitorRoom = (visitorId: string) => `v:${visitorId}`;

export function attachVisitorNamespace(namespace: Namespace, context: ServerContext): void {
  const { service, limits, metrics, presence } = context;

  namespace.use(async (socket, next) => {
    const verdict = await limits.requestsPerIp.take(`ip:${context.clientIp(socket.request)}`);
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
    const data = await startSession(socket, context, adopt);
    if (!data) return;
    const connection: VisitorConnection = {
      socket,
      data,
      context,
      async conversationNow() {
        if (data.conversationId) return data.conversationId;
        const conversation = await service.visitorConversation(data.visitorId, data.facts);
        await adopt(data.visitorId, conversation.id);
        return conversation.id;
      },
    };
    socket.on('disconnect', () => {
      if (data.conversationId) presence.disconnected(data.conversationId);
    });
    refuseUnknownEvents(socket, knownEvents);
    handleVisitorMessages(connection);
    handleVisitorDetails(connection);
    attachTranscriptEvent(socket, () => data.conversationId, context, context.visitorEmail);
    handleVisitorFeedback(connection);
  });
}

/**
 * Reads who the visitor is from the handshake, joins their conversation if they have one, and
 * tells the tab its session. Undefined when that failed (the socket is then disconnected).
 */
async function startSession(
  socket: Socket,
  context: ServerContext,
  adopt: (visitorId: string, conversationId: string) => Promise<void>,
): Promise<VisitorData | undefined> {
  const { service, tokens, metrics, logger } = context;
  const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
  let visitorId = tokens.verify(auth.token);
  let token = typeof auth.token === 'string' ? auth.token : undefined;
  if (!visitorId) ({ token, visitorId } = tokens.issue());
  metrics.visitorSessions.inc();
  const facts = handshakeFacts(socket, context, auth);
  const data: VisitorData = { visitorId, conversationId: undefined, facts: [facts], lastTyping: 0 };
  socket.data = data;
  try {
    // In the visitor's room first: another tab making the conversation meanwhile brings this
    // one along.
    await socket.join(visitorRoom(visitorId));
    let conversation = await service.knownVisitorConversation(visitorId, facts);
    if (!conversation && data.conversationId) conversation = await service.get(data.conversationId);
    if (conversation) await adopt(visitorId, conversation.id);
    socket.emit('session', {
      token,
      visitorId,
      conversationId: conversation?.id ?? null,
      state: conversation?.state ?? 'bot',
      lang: conversation?.lang ?? service.language(facts.lang),
      lastSeq: conversation?.lastSeq ?? 0,
      identified: conversation ? hasContact(conversation.contact) : false,
      // Only once a person has it: a waiting chat's assignee is not the visitor's business yet.
      ...(conversation?.assignee && conversation.state === 'human'
        ? { operator: conversation.assignee }
        : {}),
    });
    return data;
  } catch (error) {
    logger.error({ err: error }, 'visitor connection failed');
    socket.emit('error', { code: 'server_error', message: 'Could not start the conversation' });
    socket.disconnect(true);
    return undefined;
  }
}

/** What the widget tells of the page and the visitor on connecting, cut to size. */
function handshakeFacts(
  socket: Socket,
  context: ServerContext,
  auth: Record<string, unknown>,
): VisitorUpdate {
  const page = typeof auth.page === 'string' ? auth.page.slice(0, 2000) : undefined;
  return {
    ...(typeof auth.lang === 'string' ? { lang: auth.lang } : {}),
    ...(page ? { page } : {}),
    ...(typeof auth.title === 'string' ? { pageTitle: auth.title.slice(0, 300) } : {}),
    ...(typeof auth.referrer === 'string' ? { referrer: auth.referrer.slice(0, 2000) } : {}),
    ...(isStringRecord(auth.utm) ? { utm: auth.utm } : {}),
    ...(typeof auth.timezone === 'string' ? { timezone: auth.timezone.slice(0, 64) } : {}),
    userAgent: String(socket.handshake.headers['user-agent'] ?? '').slice(0, 400),
    ip: context.clientIp(socket.request),
  };
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
