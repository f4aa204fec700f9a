/**
 * Conversation management over REST, for `chatbot conversations --url` and the inbox: list and
 * show with every filter, export (streamed), archive, delete in bulk or one person's erasure,
 * retention's purge, and each operator's list settings. Operator tokens; deleting and purging
 * need the admin role. Bulk changes answer with the count first (dryRun) and act when asked.
 */

import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { archiveConversations } from '../../conversations/archive.js';
import {
  deleteConversations,
  type ErasureDependencies,
  erasePerson,
  personConversations,
} from '../../conversations/erase.js';
import { type ExportUnit, exportConversations } from '../../conversations/export.js';
import { type ListSettingsBook, listSettingsSchema } from '../../conversations/list-settings.js';
import {
  type ConversationQuery,
  isEmptyQuery,
  parseQuery,
  QueryError,
  type QueryParameters,
  queryParameters,
  selectConversations,
} from '../../conversations/query.js';
import { applyRetention } from '../../conversations/retention.js';
import type { Operator } from '../../store/operators.js';
import { restGuard } from '../authorize.js';
import type { ServerContext } from '../context.js';
import { operatorSummary } from '../views.js';

export interface ConversationRoutesOptions {
  readonly erasure: Omit<ErasureDependencies, 'store' | 'uploadsDir'>;
  readonly dataDir: string;
  readonly listSettings: ListSettingsBook;
  readonly now: () => Date;
  /** Conversations archived or unarchived: their list rows changed with no chat event. */
  readonly archived?: (ids: readonly string[]) => void;
}

type Handler = (request: Request, response: Response) => Promise<unknown>;

function route(handler: Handler) {
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      await handler(request, response);
    } catch (error) {
      if (error instanceof QueryError)
        return void response.status(400).json({ error: 'invalid', message: error.message });
      next(error);
    }
  };
}

/** The query's parameters from a URL's query string or a JSON body, whichever has them. */
function parametersOf(source: unknown): QueryParameters {
  const parameters: Record<string, string> = {};
  if (!source || typeof source !== 'object') return parameters;
  for (const name of queryParameters) {
    const value = (source as Record<string, unknown>)[name];
    if (typeof value === 'string') parameters[name] = value;
  }
  return parameters;
}

/** What every route group shares: the store, the options and the helpers built once. */
interface RouteGroup {
  readonly router: Router;
  readonly context: ServerContext;
  readonly options: ConversationRoutesOptions;
  readonly erasure: ErasureDependencies;
  readonly json: ReturnType<typeof express.json>;
  readonly queryOf: (source: unknown) => ConversationQuery;
}

export function createConversationRoutes(
  context: ServerContext,
  options: ConversationRoutesOptions,
): Router {
  const router = express.Router();
  const group: RouteGroup = {
    router,
    context,
    options,
    erasure: { ...options.erasure, store: context.store, uploadsDir: context.uploadsDir },
    json: express.json({ limit: '16kb' }),
    queryOf: (source) => parseQuery(parametersOf(source), options.now()),
  };
  // Every request passes the permission table first: deleting and purging are for admins,
  // exporting and archiving for managers too (src/server/permission-map.ts).
  router.use('/api/conversations', restGuard(context, 'operator'));
  // Order matters: the fixed paths come before `/api/conversations/:id`.
  addListingRoutes(group);
  addListSettingsRoutes(group);
  addArchiveRoute(group);
  addRemovalRoutes(group);
  addConversationRoute(group);
  return router;
}

/** The list with every filter, and the same selection exported as CSV or JSON lines. */
function addListingRoutes({ router, context, queryOf }: RouteGroup): void {
  const { store, presence } = context;
  router.get(
    '/api/conversations',
    route(async (request, response) => {
      const chosen = selectConversations(store, queryOf(request.query));
      const limit = Math.min(10_000, Math.max(1, Number(request.query.limit) || 1000));
      response.json({
        total: chosen.length,
        conversations: chosen
          .slice(0, limit)
          .map((summary) =>
            operatorSummary(summary, presence.isOnline(summary.id), presence.viewersOf(summary.id)),
          ),
      });
    }),
  );

  router.get(
    '/api/conversations/export',
    route(async (request, response) => {
      const format = request.query.format === 'jsonl' ? 'jsonl' : 'csv';
      const per: ExportUnit = request.query.per === 'message' ? 'message' : 'conversation';
      const chosen = selectConversations(store, queryOf(request.query));
      response.set(
        'Content-Type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
      );
      response.set('Cache-Control', 'no-store');
      await exportConversations(store, chosen, { format, per }, response);
      response.end();
    }),
  );
}

/** Each operator's own list settings (filters, columns), read and replaced whole. */
function addListSettingsRoutes({ router, options, json }: RouteGroup): void {
  router.get(
    '/api/conversations/settings',
    route(async (_request, response) => {
      response.json(options.listSettings.get((response.locals.operator as Operator).name));
    }),
  );
  router.put(
    '/api/conversations/settings',
    json,
    route(async (request, response) => {
      const parsed = listSettingsSchema.safeParse(request.body);
      if (!parsed.success)
        return response
          .status(400)
          .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
      await options.listSettings.set((response.locals.operator as Operator).name, parsed.data);
      response.json(parsed.data);
    }),
  );
}

/** Archive or unarchive by ids or by a filter; never everything by an empty filter. */
function addArchiveRoute({ router, context, options, json, queryOf }: RouteGroup): void {
  const { store } = context;
  router.post(
    '/api/conversations/archive',
    json,
    route(async (request, response) => {
      const ids = Array.isArray(request.body?.ids) ? (request.body.ids as unknown[]) : undefined;
      const query = queryOf(request.body);
      const chosen = ids
        ? ids.flatMap((id) => {
            const summary = typeof id === 'string' ? store.summary(id) : undefined;
            return summary ? [summary] : [];
          })
        : selectConversations(store, query);
      if (!ids && isEmptyQuery(query))
        return response
          .status(400)
          .json({ error: 'invalid', message: 'Name the conversations: a filter or ids' });
      const archived = request.body?.unarchive !== true;
      if (request.body?.dryRun === true)
        return response.json({ matched: chosen.length, changed: 0 });
      const changed = await archiveConversations(store, chosen, archived, options.now());
      options.archived?.(chosen.map((summary) => summary.id));
      response.json({ matched: chosen.length, changed });
    }),
  );
}

/** Admin only: delete by a filter, erase one person, or apply retention now. */
function addRemovalRoutes({ router, context, options, erasure, json, queryOf }: RouteGroup): void {
  router.post(
    '/api/conversations/delete',
    json,
    route(async (request, response) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const person = {
        ...(typeof body.email === 'string' && body.email ? { email: body.email } : {}),
        ...(typeof body.visitor === 'string' && body.visitor ? { visitor: body.visitor } : {}),
      };
      const byPerson = Object.keys(person).length > 0;
      const query = queryOf({ ...body, email: undefined, visitor: undefined });
      if (!byPerson && isEmptyQuery(query))
        return response.status(400).json({
          error: 'invalid',
          message: 'Name the conversations: a filter, an email or a visitor',
        });
      const chosen = byPerson
        ? personConversations(erasure, person)
        : selectConversations(context.store, query);
      if (body.dryRun === true) return response.json({ matched: chosen.length });
      const removed = byPerson
        ? await erasePerson(erasure, person)
        : await deleteConversations(erasure, chosen);
      context.logger.info(
        { operator: (response.locals.operator as Operator).name, ...removed, erasure: byPerson },
        byPerson ? "a person's data was erased" : 'conversations deleted',
      );
      response.json({ matched: chosen.length, removed });
    }),
  );

  router.post(
    '/api/conversations/purge',
    route(async (_request, response) => {
      const report = await applyRetention(
        { ...erasure, dataDir: options.dataDir },
        context.config().storage.retention,
        options.now(),
      );
      context.logger.info(report, 'retention applied (purge asked for)');
      response.json(report);
    }),
  );
}

/** One conversation with its whole history, not only the recent window. */
function addConversationRoute({ router, context }: RouteGroup): void {
  router.get(
    '/api/conversations/:id',
    route(async (request, response) => {
      const id = String(request.params.id);
      const conversation = await context.store.get(id);
      if (!conversation) return response.status(404).json({ error: 'not_found' });
      const { timeline: _window, ...rest } = conversation;
      response.json({ conversation: rest, timeline: await context.store.history(id) });
    }),
  );
}
