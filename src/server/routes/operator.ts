/**
 * The operator API, for scripts and the inbox's first load. Every route needs an operator
 * token; a token added a moment ago is looked for in operators.json before being refused.
 */

import express, { type Request, type Response, type Router } from 'express';
import type { Operator } from '../../store/operators.js';
import { restGuard, visibleTo } from '../authorize.js';
import type { ServerContext } from '../context.js';
import { operatorSummary } from '../views.js';
import { operatorFile, operatorFilePath } from './operator-files.js';
import { route } from './respond.js';

export const operatorPaths = ['/api/operator'];

export function operatorRoutes(context: ServerContext): Router {
  const router = express.Router();
  // Every request passes the permission table (src/server/permission-map.ts) first.
  router.use('/api/operator', restGuard(context, 'operator'));
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
  router.post(operatorFilePath, route(operatorFile(context)));
  router.post(
    '/api/operator/conversations/:id/:action',
    express.json({ limit: '64kb' }),
    route(conversationAction(context)),
  );
  return router;
}

function listConversations(context: ServerContext) {
  const { store, presence } = context;
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
    // Agents list only what their role reaches: theirs, and the unassigned ones of their teams.
    list = list.filter(visibleTo(response.locals.operator as Operator));
    const limit = Math.min(500, Math.max(1, Number(query.limit) || 100));
    response.json({
      conversations: list
        .slice(0, limit)
        .map((summary) =>
          operatorSummary(summary, presence.isOnline(summary.id), presence.viewersOf(summary.id)),
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
      case 'notes':
      case 'tags':
        return addNoteOrTag(context, request, response, operator);
      case 'assign':
      case 'pass':
        return assignByHand(context, request, response, operator);
      default:
        return response.status(404).json({ error: 'not_found' });
    }
    const conversation = await service.get(id);
    response.json({ state: conversation.state, assignee: conversation.assignee ?? null });
  };
}

/** A manager's assignment, or an agent passing their chat on: `{ "operator": "name" }`. */
async function assignByHand(
  context: ServerContext,
  request: Request,
  response: Response,
  operator: Operator,
) {
  const id = String(request.params.id);
  const parsed = context.payloads.operatorAssign.safeParse({ ...request.body, id });
  if (!parsed.success)
    return response
      .status(400)
      .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
  if (!context.assignment) return response.status(503).json({ error: 'unavailable' });
  const kind = request.params.action === 'pass' ? 'pass' : 'assign';
  await context.assignment.assignByHand(id, parsed.data.operator, operator, kind);
  const conversation = await context.service.get(id);
  return response.json({ state: conversation.state, assignee: conversation.assignee ?? null });
}

/** A private note or a tag on the conversation: never shown to the visitor. */
async function addNoteOrTag(
  context: ServerContext,
  request: Request,
  response: Response,
  operator: Operator,
) {
  const id = String(request.params.id);
  const note = request.params.action === 'notes';
  const parsed = (note ? context.payloads.operatorNote : context.payloads.operatorTag).safeParse({
    ...request.body,
    id,
  });
  if (!parsed.success)
    return response
      .status(400)
      .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
  if ('text' in parsed.data) await context.service.addNote(id, operator.name, parsed.data.text);
  else await context.service.addTag(id, operator.name, parsed.data.tag);
  return response.status(201).json({});
}
