/**
 * The public synchronous chat API (`POST /api/v1/chat`), for a business's own backends: one
 * question in, the bot's answer out, streamed as server-sent events when the client asks for
 * them. Authenticated by one of api.keys.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { ConversationService } from '../../chat/conversation-service.js';
import type { ServerContext } from '../context.js';
import { bearer } from '../visitor-token.js';
import { route, sameSecret } from './respond.js';

export const publicApiPaths = ['/api/v1/chat'];

type ReplyListener = (conversationId: string, event: { phase: string; text?: string }) => void;

export function publicApiRoutes(context: ServerContext): Router {
  const router = express.Router();
  router.post('/api/v1/chat', express.json({ limit: '64kb' }), route(chat(context)));
  return router;
}

function chat(context: ServerContext) {
  const { service, limits } = context;
  return async (request: Request, response: Response) => {
    const keys = context.config().api.keys;
    const key = bearer(request.headers.authorization);
    if (keys.length === 0)
      return response
        .status(404)
        .json({ error: 'not_found', message: 'The chat API is off: set api.keys' });
    if (!keys.some((candidate) => sameSecret(key, candidate)))
      return response.status(401).json({ error: 'unauthorized' });
    const parsed = context.payloads.publicChat.safeParse(request.body);
    if (!parsed.success)
      return response
        .status(400)
        .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
    const conversation = await service.externalConversation(
      parsed.data.externalId,
      parsed.data.lang,
    );
    const limit = await limits.messagesPerConversation.take(conversation.id);
    if (!limit.ok)
      return response.status(429).json({ error: 'rate_limited', retryAfterMs: limit.retryAfterMs });
    const stream = String(request.headers.accept ?? '').includes('text/event-stream')
      ? openStream(response, service, conversation.id)
      : undefined;
    try {
      const outcome = await service.visitorMessage(conversation.id, { text: parsed.data.message });
      const reply = await outcome.reply;
      const current = await service.get(conversation.id);
      const body = {
        conversationId: conversation.id,
        reply: reply?.message.text ?? null,
        citations:
          reply?.message.bot?.citations.map((c) => ({
            id: c.id,
            title: c.title,
            url: c.url ?? null,
          })) ?? [],
        state: current.state,
      };
      if (stream) stream.finish(body);
      else response.json(body);
    } finally {
      stream?.stop();
    }
  };
}

/** Server-sent events: the reply's deltas as they are written, then the whole answer. */
function openStream(response: Response, service: ConversationService, conversationId: string) {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  let streamed = false;
  const forwardDelta: ReplyListener = (id, event) => {
    if (id !== conversationId) return;
    if (event.phase === 'delta') {
      streamed = true;
      response.write(`event: delta\ndata: ${JSON.stringify({ text: event.text })}\n\n`);
    }
    // A provider failed mid-reply: the client drops what it has and the next one starts.
    else if (event.phase === 'reset') response.write('event: reset\ndata: {}\n\n');
  };
  service.on('reply', forwardDelta);
  return {
    finish(body: { reply: string | null }) {
      // A reply written at once (the offline answerer) has no stream of its own: it is one delta.
      if (!streamed && body.reply)
        response.write(`event: delta\ndata: ${JSON.stringify({ text: body.reply })}\n\n`);
      response.end(`event: done\ndata: ${JSON.stringify(body)}\n\n`);
    },
    stop: () => service.off('reply', forwardDelta),
  };
}
