/**
 * The operator API, for scripts and the inbox's first load. Every route needs an operator
 * token; a token added a moment ago is looked for in operators.json before being refused.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Operator } from '../../store/operators.js';
import type { ServerContext } from '../context.js';
import { operatorSummary } from '../views.js';
import { bearer } from '../visitor-token.js';
import { route } from './respond.js';

export const operatorPaths = ['/api/operator'];

export function operatorRoutes(context: ServerContext): Router {
  const router = express.Router();
  router.use('/api/operator', async (request, response, next) => {
    const operator = await authenticate(context, request);
    if (!operator) {
      response.status(401).json({ error: 'unauthorized' });
      return;
    }
    response.locals.operator = operator;
    next();
  });
  router.get('/api/operator/conversations', route(listConversations(context)));
  router.get(
    '/api/operator/conversations/:id',
    route(async (request, response) => {
      const conversation = await context.service.get(String(request.params.id));
      // The whole history: the conversation in memory holds only its recent window.
      const timeline = await context.store.entriesAfter(conversation.id, 0);
      response.json({
        conversation: { ...conversation, timeline },
        online: context.presence.isOnline(conversation.id),
      });
    }),
  );
  router.post(
    '/api/operator/conversations/:id/:action',
    express.json({ limit: '64kb' }),
    route(conversationAction(context)),
  );
  return router;
}

async function authenticate(context: ServerContext, request: Request) {
  const token = bearer(request.headers.authorization);
  let operator = context.operators.authenticate(token);
  if (!operator && token?.startsWith('cbo_')) {
    await context.operators.load();
    operator = context.operators.authenticate(token);
  }
  return operator;
}

function listConversations(context: ServerContext) {
  const { store, presence, viewers } = context;
  return async (request: Request, response: Response) => {
    const query = request.query as Record<string, string | undefined>;
    if (query.channel !== undefined && !['widget', 'api', 'telegram'].includes(query.channel))
      return response
        .status(400)
        .json({ error: 'invalid', message: 'channel must be "widget", "api" or "telegram"' });
    const states = query.state?.split(',').filter(Boolean) as
      | ('bot' | 'waiting' | 'human' | 'resolved')[]
      | undefined;
    let list = store.list({
      ...(states?.length ? { state: states } : {}),
      ...(query.lang ? { lang: query.lang } : {}),
      ...(query.channel ? { channel: query.channel as 'widget' | 'api' | 'telegram' } : {}),
      ...(query.since ? { since: query.since } : {}),
      ...(query.until ? { until: query.until } : {}),
      ...(query.q ? { text: query.q } : {}),
    });
    if (query.online === 'true' || query.online === 'false')
      list = list.filter((summary) => presence.isOnline(summary.id) === (query.online === 'true'));
    const limit = Math.min(500, Math.max(1, Number(query.limit) || 100));
    response.json({
      conversations: list
        .slice(0, limit)
        .map((summary) =>
          operatorSummary(summary, presence.isOnline(summary.id), [
            ...(viewers.get(summary.id) ?? []),
          ]),
        ),
    });
  };
}

function conversationAction(context: ServerContext) {
  const { service } = context;
  return async (request: Request, response: Response) => {
    const operator = response.locals.operator as Operator;
    const id = String(request.params.id);
    switch (request.params.action) {
      case 'takeover':
        await service.takeOver(id, operator);
        break;
      case 'handback':
        await service.handBack(id, operator);
        break;
      case 'resolve':
        await service.resolve(id, operator.name);
        break;
      case 'messages': {
        const parsed = context.payloads.operatorMessage.safeParse({ ...request.body, id });
        if (!parsed.success)
          return response
            .status(400)
            .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
        const entry = await service.operatorMessage(id, operator, {
          text: parsed.data.text,
          ...(parsed.data.clientId ? { clientId: parsed.data.clientId } : {}),
        });
        return response.status(201).json({ id: entry.id, seq: entry.seq });
      }
      default:
        return response.status(404).json({ error: 'not_found' });
    }
    const conversation = await service.get(id);
    response.json({ state: conversation.state, assignee: conversation.assignee ?? null });
  };
}
