/**
 * The REST side: what the widget fetches (settings, history, uploads), the public chat API,
 * the operator API, admin and health endpoints. Each group authenticates on its own terms:
 * visitor tokens, operator tokens, API keys, the admin token.
 */
import cors from 'cors';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ChatError } from '../chat/conversation-service.js';
import { supportedLanguages } from '../config/rules.js';
import { type Deployer, DeployRefused } from '../deploy/deployer.js';
import { hasContact } from '../domain/contact-details.js';
import type { Operator } from '../store/operators.js';
import { createAuditRoutes } from './audit-routes.js';
import { restGuard, sameSecret, visibleTo } from './authorize.js';
import type { ServerContext } from './context.js';
import { receiveUpload, serveUpload } from './uploads.js';
import { operatorSummary, visitorViews } from './views.js';
import { bearer } from './visitor-token.js';
import { serveWidget } from './widget-assets.js';

type Handler = (request: Request, response: Response) => Promise<unknown>;

/** Express 5 passes rejected promises on; this turns domain errors into their HTTP status. */
function route(handler: Handler) {
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      await handler(request, response);
    } catch (error) {
      if (error instanceof ChatError) {
        const status = error.code === 'not_found' ? 404 : error.code === 'forbidden' ? 403 : 400;
        response.status(status).json({ error: error.code, message: error.message });
        return;
      }
      next(error);
    }
  };
}

export function createRoutes(context: ServerContext): Router {
  const router = express.Router();
  const { service, store, tokens, limits, metrics, presence, viewers } = context;
  const json = express.json({ limit: '64kb' });
  const browserCors = cors({
    origin: (origin, callback) => callback(null, context.origins.allows(origin, undefined)),
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });

  router.get('/healthz', (_request, response) => {
    response.json({ ok: true });
  });

  // What is serving now: read on every request, never kept from start-up.
  router.get('/readyz', (_request, response) => {
    const snapshot = context.bot.snapshot;
    const ready = context.ready();
    // A cached answer would show the version of its day: proxies must ask every time.
    response.set('Cache-Control', 'no-store');
    response.status(ready ? 200 : 503).json({
      ready,
      knowledge: snapshot.knowledgeVersion,
      snapshot: snapshot.version,
      ...(context.deployer?.releases.active ? { version: context.deployer.releases.active } : {}),
    });
  });

  router.get(
    '/metrics',
    route(async (_request, response) => {
      const snapshot = context.bot.snapshot;
      metrics.knowledge.reset();
      metrics.knowledge.set({ version: snapshot.knowledgeVersion, snapshot: snapshot.version }, 1);
      metrics.visitorsOnline.set(presence.online);
      response.set('Content-Type', metrics.registry.contentType);
      response.send(await metrics.registry.metrics());
    }),
  );

  // Everything below is limited per IP. Health, readiness and metrics are above it: a load
  // balancer or a scraper polls them from one address, and a 429 there would take the server
  // out of rotation.
  router.use(async (request, response, next) => {
    const verdict = await limits.requestsPerIp.take(`ip:${request.ip}`);
    if (verdict.ok) return next();
    metrics.rateLimited.inc({ kind: 'http' });
    response.set('Retry-After', String(Math.ceil(verdict.retryAfterMs / 1000)));
    response.status(429).json({
      error: 'rate_limited',
      message: 'Too many requests; try again shortly',
      retryAfterMs: verdict.retryAfterMs,
    });
  });

  // The widget: settings and texts for a language, the visitor's history, uploads.
  // A page on a site not in server.origins is told so, in a body it may read.
  router.use(['/api/widget', '/api/visitor'], context.origins.guard);
  router.options(['/api/widget/*path', '/api/visitor/*path'], browserCors);
  router.get('/api/widget/settings', browserCors, (request, response) => {
    const snapshot = context.bot.snapshot;
    const lang = snapshot.resolveLanguage(
      typeof request.query.lang === 'string' ? request.query.lang : undefined,
    );
    const knowledge = snapshot.knowledge(lang);
    const { widget, name, server } = snapshot.config;
    response.json({
      lang,
      languages: supportedLanguages(snapshot.config),
      title: widget.title ?? name,
      color: widget.color,
      position: widget.position,
      preChatForm: widget.preChatForm,
      rating: widget.rating,
      proactive: widget.proactive,
      typingPreview: widget.typingPreview,
      greeting: knowledge.greeting,
      ui: knowledge.ui,
      limits: {
        messageChars: server.limits.messageChars,
        uploadMegabytes: server.limits.uploadMegabytes,
      },
    });
  });

  const visitorConversation = async (request: Request) => {
    const visitorId = tokens.verify(bearer(request.headers.authorization));
    if (!visitorId) return undefined;
    const id = store.idForVisitor(visitorId);
    return id ? service.get(id) : undefined;
  };

  router.get(
    '/api/visitor/history',
    browserCors,
    route(async (request, response) => {
      if (!tokens.verify(bearer(request.headers.authorization)))
        return response.status(401).json({ error: 'unauthorized' });
      const conversation = await visitorConversation(request);
      if (!conversation) return response.status(404).json({ error: 'not_found' });
      const after = Math.max(0, Number(request.query.after) || 0);
      response.json({
        conversationId: conversation.id,
        state: conversation.state,
        lang: conversation.lang,
        lastSeq: conversation.lastSeq,
        operator: conversation.assignee ?? null,
        identified: hasContact(conversation.contact),
        entries: visitorViews(await store.entriesAfter(conversation.id, after)),
      });
    }),
  );

  router.post(
    '/api/visitor/uploads',
    browserCors,
    route(async (request, response) => {
      const visitorId = tokens.verify(bearer(request.headers.authorization));
      if (!visitorId) return response.status(401).json({ error: 'unauthorized' });
      // A file is something the visitor does: it makes the conversation if there is none yet.
      const conversation = await service.visitorConversation(visitorId, {
        userAgent: String(request.headers['user-agent'] ?? '').slice(0, 400),
        ip: context.clientIp(request),
      });
      const verdict = await limits.uploadsPerConversation.take(conversation.id);
      if (!verdict.ok)
        return response
          .status(429)
          .json({ error: 'rate_limited', retryAfterMs: verdict.retryAfterMs });
      const maxBytes = Math.round(context.config().server.limits.uploadMegabytes * 1024 * 1024);
      const outcome = await receiveUpload(request, context.uploadsDir, maxBytes);
      if (!outcome.ok)
        return response
          .status(outcome.status)
          .json({ error: outcome.error, message: outcome.message });
      await service.addUpload(conversation.id, outcome.attachment);
      response.status(201).json(outcome.attachment);
    }),
  );

  router.get('/uploads/:file', browserCors, serveUpload(context.uploadsDir));
  router.get(['/widget.js', '/widget/:file'], serveWidget);

  // The public synchronous chat API.
  router.post(
    '/api/v1/chat',
    json,
    route(async (request, response) => {
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
        return response
          .status(429)
          .json({ error: 'rate_limited', retryAfterMs: limit.retryAfterMs });
      const streaming = String(request.headers.accept ?? '').includes('text/event-stream');
      let forwardDelta:
        | ((conversationId: string, event: { phase: string; text?: string }) => void)
        | undefined;
      let streamed = false;
      if (streaming) {
        response.writeHead(200, {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'no-cache',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        forwardDelta = (conversationId, event) => {
          if (conversationId !== conversation.id) return;
          if (event.phase === 'delta') {
            streamed = true;
            response.write(`event: delta\ndata: ${JSON.stringify({ text: event.text })}\n\n`);
          }
          // A provider failed mid-reply: the client drops what it has and the next one starts.
          else if (event.phase === 'reset') response.write('event: reset\ndata: {}\n\n');
        };
        service.on('reply', forwardDelta);
      }
      try {
        const outcome = await service.visitorMessage(conversation.id, {
          text: parsed.data.message,
        });
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
        if (streaming) {
          // A reply written at once (the offline answerer) has no stream of its own: it is one delta.
          if (!streamed && body.reply)
            response.write(`event: delta\ndata: ${JSON.stringify({ text: body.reply })}\n\n`);
          response.end(`event: done\ndata: ${JSON.stringify(body)}\n\n`);
        } else response.json(body);
      } finally {
        if (forwardDelta) service.off('reply', forwardDelta);
      }
    }),
  );

  // The operator API, for scripts and the inbox's first load.
  // Every request passes the permission table (src/server/permission-map.ts) first.
  router.use('/api/operator', restGuard(context, 'operator'));
  router.get(
    '/api/operator/conversations',
    route(async (request, response) => {
      const query = request.query as Record<string, string | undefined>;
      if (query.channel !== undefined && query.channel !== 'widget' && query.channel !== 'api')
        return response
          .status(400)
          .json({ error: 'invalid', message: 'channel must be "widget" or "api"' });
      const states = query.state?.split(',').filter(Boolean) as
        | ('bot' | 'waiting' | 'human' | 'resolved')[]
        | undefined;
      let list = store.list({
        ...(states?.length ? { state: states } : {}),
        ...(query.lang ? { lang: query.lang } : {}),
        ...(query.channel ? { channel: query.channel as 'widget' | 'api' } : {}),
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
        ...(query.q ? { text: query.q } : {}),
      });
      list = list.filter(visibleTo(response.locals.operator as Operator));
      if (query.online === 'true' || query.online === 'false')
        list = list.filter(
          (summary) => presence.isOnline(summary.id) === (query.online === 'true'),
        );
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
    }),
  );
  router.get(
    '/api/operator/conversations/:id',
    route(async (request, response) => {
      const conversation = await service.get(String(request.params.id));
      // The whole history: the conversation in memory holds only its recent window.
      const timeline = await store.entriesAfter(conversation.id, 0);
      response.json({
        conversation: { ...conversation, timeline },
        online: presence.isOnline(conversation.id),
      });
    }),
  );
  router.post(
    '/api/operator/conversations/:id/:action',
    json,
    route(async (request, response) => {
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
        case 'tags': {
          const note = request.params.action === 'notes';
          const parsed = (
            note ? context.payloads.operatorNote : context.payloads.operatorTag
          ).safeParse({ ...request.body, id });
          if (!parsed.success)
            return response
              .status(400)
              .json({ error: 'invalid', message: parsed.error.issues[0]?.message });
          if ('text' in parsed.data) await service.addNote(id, operator.name, parsed.data.text);
          else await service.addTag(id, operator.name, parsed.data.tag);
          return response.status(201).json({});
        }
        default:
          return response.status(404).json({ error: 'not_found' });
      }
      const conversation = await service.get(id);
      response.json({ state: conversation.state, assignee: conversation.assignee ?? null });
    }),
  );

  // Admin: status, reload, deploys; CHATBOT_ADMIN_TOKEN, or an operator whose role allows it.
  router.use('/api/admin', restGuard(context, 'admin'));
  router.use(createAuditRoutes(context));
  router.get('/api/admin/status', (_request, response) => {
    response.json({
      knowledge: context.bot.status(),
      ...(context.deployer ? { version: context.deployer.releases.active } : {}),
      conversations: store.list().length,
      visitorsOnline: presence.online,
    });
  });
  router.post(
    '/api/admin/reload',
    route(async (_request, response) => {
      const reloaded = await context.reload('admin API');
      response.status(reloaded ? 200 : 422).json({ reloaded, knowledge: context.bot.status() });
    }),
  );

  // Deploys: the body is a bundle from `chatbot build`, gzip welcome. Parsed only once the
  // admin token has passed, so the larger limit is not open to anyone.
  const bundleJson = express.json({ limit: '32mb' });
  const deploying = (work: (deployer: Deployer, request: Request) => Promise<unknown>): Handler => {
    return async (request, response) => {
      if (!context.deployer)
        return response.status(409).json({
          error: 'dev_server',
          message:
            '`chatbot dev` serves the files in its project folder; deploy to a `chatbot start` server',
        });
      try {
        return response.json(await work(context.deployer, request));
      } catch (error) {
        if (error instanceof DeployRefused) return response.status(error.status).json(error.body);
        throw error;
      }
    };
  };
  router.post(
    '/api/admin/deploy',
    bundleJson,
    route(
      deploying((deployer, request) =>
        deployer.deploy(request.body, {
          dryRun: request.query.dryRun === '1' || request.query.dryRun === 'true',
        }),
      ),
    ),
  );
  router.post(
    '/api/admin/rollback',
    json,
    route(
      deploying((deployer, request) => {
        const version = (request.body as { version?: unknown } | undefined)?.version;
        return deployer.rollback(typeof version === 'string' && version ? version : undefined);
      }),
    ),
  );
  router.get('/api/admin/versions', route(deploying(async (deployer) => deployer.versions())));

  const webhook = context.bot.gitWebhook();
  if (webhook) router.post('/hooks/git', (request, response) => webhook(request, response));

  return router;
}
