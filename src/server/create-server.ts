/**
 * createServer(options) -> { listen, close }: express and socket.io on one port, built the same
 * way for `chatbot dev`, `chatbot start` and the tests. It wires the parts together and routes
 * the chat domain's events to the right sockets; the parts themselves live in their own files.
 * Owns: startup order, event fan-out, graceful shutdown. Must not hold chat or AI logic.
 */
import { watch as watchFile } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import { type Namespace, Server as SocketServer } from 'socket.io';
import { AiEngine } from '../ai/engine.js';
import { ConversationService } from '../chat/conversation-service.js';
import { readProjectEnv } from '../config/env-files.js';
import { loadConfig } from '../config/load.js';
import { Deployer } from '../deploy/deployer.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { LeadBook } from '../leads/lead-book.js';
import { configuredChannels } from '../notify/channels.js';
import { ownerServerUrl } from '../notify/messages.js';
import { Notifier } from '../notify/notifier.js';
import { alertOwner } from '../notify/owner-alerts.js';
import { InvalidBotError, LiveBot, type LiveBotEvent } from '../snapshot/live-bot.js';
import { AuditLog } from '../store/audit-log.js';
import { LowdbStore } from '../store/lowdb-store.js';
import { OperatorRegistry } from '../store/operators.js';
import type { ServerContext } from './context.js';
import { demoCss, demoPage, demoPaths, demoScript } from './demo-page.js';
import { createRoutes } from './http-routes.js';
import { createLogger } from './logger.js';
import { createMetrics, notFailures, recordAttempts } from './metrics.js';
import { OperatorAudience } from './operator-audience.js';
import { attachOperatorNamespace, disconnectOperator } from './operator-socket.js';
import { OriginPolicy } from './origins.js';
import { payloadSchemas } from './payloads.js';
import { Presence } from './presence.js';
import { createLimits } from './rate-limits.js';
import { checkSecret, serverSecret } from './secrets.js';
import { operatorSummary, visitorView } from './views.js';
import { attachVisitorNamespace } from './visitor-socket.js';
import { VisitorTokens } from './visitor-token.js';

export interface CreateServerOptions {
  readonly projectDir: string;
  readonly mode: 'dev' | 'start';
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  /** Overrides server.port (0 picks a free port). */
  readonly port?: number;
  readonly host?: string;
  /** Watch the project for changes; default on in dev. */
  readonly watch?: boolean;
  /** Grace before a visitor counts as offline (tests shorten it). */
  readonly presenceGraceMs?: number;
}

export interface ChatServer {
  listen(): Promise<{ port: number; url: string }>;
  /** Stops taking connections, lets replies in flight finish (up to the grace), flushes storage. */
  close(): Promise<void>;
  /** SIGHUP: re-reads the bot (on a production server, new project files become a version). */
  reload(reason: string): Promise<boolean>;
  readonly context: ServerContext;
  readonly http: HttpServer;
  readonly io: SocketServer;
}

export async function createServer(options: CreateServerOptions): Promise<ChatServer> {
  const projectDir = resolve(options.projectDir);
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger(options.mode);
  const projectEnv = await readProjectEnv(projectDir, env);
  const adminToken = projectEnv.values.CHATBOT_ADMIN_TOKEN || undefined;
  if (options.mode === 'start' && (!adminToken || adminToken.length < 24)) {
    throw new ChatbotError(
      'ADMIN_TOKEN_MISSING',
      'CHATBOT_ADMIN_TOKEN is not set, or shorter than 24 characters',
    );
  }
  checkSecret(projectEnv.values);

  let engine: AiEngine | undefined;
  let bot: LiveBot;
  const metrics = createMetrics({ aiSpentToday: () => engine?.spentToday(bot.snapshot.config) });
  let channelsChanged: (() => void) | undefined;
  const onBotEvent = (event: LiveBotEvent) => {
    if (event.type === 'reloaded') {
      channelsChanged?.();
      engine?.prepare(bot.snapshot.config);
      metrics.knowledgeReloads.inc({ outcome: 'ok' });
      logger.info(
        { reason: event.reason, version: event.version, ms: Math.round(event.ms) },
        'knowledge reloaded',
      );
    } else if (event.type === 'rejected') {
      metrics.knowledgeReloads.inc({ outcome: 'rejected' });
      const errors = event.findings.filter((finding) => finding.severity === 'error');
      logger.error(
        {
          reason: event.reason,
          errors: errors.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`),
        },
        'new version refused; the previous one keeps answering',
      );
    } else {
      logger.warn({ message: event.message }, 'knowledge source error');
    }
  };
  // Production serves deployed versions (src/deploy); dev serves the project's files as they are.
  let deployer: Deployer | undefined;
  let dataDir: string;
  if (options.mode === 'start') {
    const boot = await loadConfig(projectDir, { mode: options.mode, env });
    if (!boot.config) throw new InvalidBotError(boot.findings);
    // The data folder is the server's own: a deployed config cannot move it.
    dataDir = resolve(projectDir, boot.config.storage.dir);
    const releasesDataDir = dataDir;
    // Releases have no .env of their own: they read the server's (process env over .env).
    const releaseEnv = projectEnv.values as NodeJS.ProcessEnv;
    deployer = await Deployer.open({
      projectDir,
      dataDir: releasesDataDir,
      mode: options.mode,
      env: releaseEnv,
      logger,
    });
    bot = await deployer.start((dir) =>
      LiveBot.start({
        projectDir: dir,
        dataDir: releasesDataDir,
        mode: options.mode,
        env: releaseEnv,
        watch: false,
        onEvent: onBotEvent,
      }),
    );
  } else {
    bot = await LiveBot.start({
      projectDir,
      mode: options.mode,
      env,
      watch: options.watch ?? true,
      onEvent: onBotEvent,
    });
    dataDir = resolve(projectDir, bot.snapshot.config.storage.dir);
  }
  const config = () => bot.snapshot.config;

  const store = new LowdbStore(dataDir);
  try {
    await store.open();
  } catch (error) {
    await bot.close();
    throw error;
  }
  const operators = new OperatorRegistry(dataDir);
  const audit = new AuditLog(dataDir);
  await operators.load();

  const leads = await LeadBook.open(dataDir);
  const notifier = await Notifier.open(dataDir, configuredChannels(config().notify), { logger });
  channelsChanged = () => notifier.setChannels(configuredChannels(config().notify));
  engine = new AiEngine(false, Date.now, (reached) => {
    metrics.aiBudgetReached.inc({ scope: reached.scope });
    const whose = reached.scope === 'bot' ? 'the bot' : `conversation ${reached.key}`;
    logger.warn(
      {
        budget: reached.scope,
        conversationId: reached.key,
        day: reached.day,
        spent: reached.spent,
        limits: reached.limits,
      },
      `AI budget spent for ${whose} (ai.budget.${reached.scope}): paid providers are skipped and the offline answerer answers until the day ends (${reached.timezone})`,
    );
  });
  // The configured providers' SDKs load now, not during the first visitor's reply.
  engine.prepare(config());
  const service = new ConversationService({
    store,
    snapshot: () => bot.snapshot,
    engine,
    leads,
  });
  const viewers = new Map<string, Set<string>>();
  let io: SocketServer | undefined;
  const presence = new Presence((conversationId, online) => {
    metrics.visitorsOnline.set(presence.online);
    io?.of('/operator').to('operators').emit('presence', { conversationId, online });
  }, options.presenceGraceMs);

  const origins = new OriginPolicy({
    origins: () => config().server.origins,
    mode: options.mode,
    onRefused: (origin, via, first) => {
      metrics.originsRefused.inc({ via });
      // Once per origin: a site missing from the list would otherwise log every page view.
      if (first)
        logger.warn(
          { origin, via },
          `refused ${origin}: it is not in server.origins, so the widget cannot load there (add it to chatbot.config.yaml; further refusals are counted in chatbot_origins_refused_total)`,
        );
    },
  });
  const trust = trustFunction(config().server.trustProxy);
  let ready = false;
  const context: ServerContext = {
    mode: options.mode,
    ready: () => ready,
    bot,
    store,
    service,
    operators,
    audit,
    tokens: new VisitorTokens(serverSecret(dataDir, projectEnv.values)),
    origins,
    limits: createLimits(config().server.limits),
    metrics,
    presence,
    logger,
    uploadsDir: join(dataDir, 'uploads'),
    payloads: payloadSchemas(config().server.limits.messageChars),
    adminToken,
    deployer,
    reload: (reason) => (deployer ? deployer.reload(reason) : bot.reload(reason)),
    viewers,
    config,
    clientIp: (request) => proxyAddr(request, trust),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config().server.trustProxy);
  // A client gone mid-request fails the request's or the response's stream. An 'error' event
  // nobody listens to ends the process, so every request gets a listener before anything reads
  // it; each route still answers what it parsed (uploads, JSON bodies) on its own.
  app.use((request, response, next) => {
    const clientGone = (error: Error) =>
      logger.debug({ err: error, path: request.path }, 'client connection failed mid-request');
    request.on('error', clientGone);
    response.on('error', clientGone);
    next();
  });
  app.use(
    helmet({
      // The widget and uploads are loaded by other sites; each route sets its own policy.
      crossOriginResourcePolicy: false,
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'connect-src': ["'self'", 'ws:', 'wss:'] },
      },
    }),
  );
  app.use(
    compression({
      // A stream of reply deltas must reach the client as written, not when a buffer fills;
      // the widget's bundles are compressed at build, never per request.
      filter: (request, response) =>
        !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
        !(response as express.Response).locals.precompressed &&
        compression.filter(request, response),
    }),
  );
  app.use(createRoutes(context));
  if (config().server.demoPage ?? options.mode === 'dev') {
    app.get(demoPaths, (_request, response) => {
      response.type('html').send(demoPage(config()));
    });
    app.get('/demo.js', (_request, response) => {
      response.type('js').send(demoScript);
    });
    app.get('/demo.css', (_request, response) => {
      response.type('css').send(demoCss);
    });
  }
  app.use((_request, response) => {
    response.status(404).json({ error: 'not_found' });
  });
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _request: express.Request,
      response: express.Response,
      _next: express.NextFunction,
    ) => {
      if (error.status && error.status < 500) {
        response.status(error.status).json({
          error: error.type === 'entity.too.large' ? 'too_large' : 'invalid',
          message: error.message,
        });
        return;
      }
      logger.error({ err: error }, 'request failed');
      response.status(500).json({ error: 'server_error' });
    },
  );

  const http = createHttpServer(app);
  const messageBytes = config().server.limits.messageChars * 4 + 4096;
  io = new SocketServer(http, {
    maxHttpBufferSize: messageBytes,
    // Origins are checked by each namespace (below), not here: a page refused at this level
    // gets an opaque transport error, while a namespace can tell it why. The list is read live.
    cors: { origin: true },
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });
  const visitors = io.of('/visitor');
  const operatorsNs = io.of('/operator');
  visitors.use(origins.socketGuard);
  operatorsNs.use(origins.socketGuard);
  attachVisitorNamespace(visitors, context);
  attachOperatorNamespace(operatorsNs, context);

  // Domain events to sockets: visitors get their own conversation, operators the list and what they opened.
  // Most events have no operator watching: checking the room first saves building and
  // broadcasting a payload nobody receives, a large share of the work at a thousand messages a second.
  // The rooms are this process's own (socket.io's in-memory adapter; the data directory's lock
  // allows one server): an adapter shared between servers would need its own answer here.
  const watched = (namespace: Namespace, room: string, except?: string) => {
    const members = namespace.adapter.rooms.get(room);
    if (!members) return false;
    return members.size > (except !== undefined && members.has(except) ? 1 : 0);
  };
  const listAudience = new OperatorAudience(operatorsNs);
  service.on('entry', (conversationId, entry, summary, origin) => {
    if (entry.kind === 'message') metrics.messages.inc({ author: entry.author.kind });
    const room = `c:${conversationId}`;
    // The visitor's other tabs, not the one it came from: that one has it in its acknowledgement.
    if (watched(visitors, room, origin)) {
      const view = visitorView(entry);
      const audience = origin === undefined ? visitors.to(room) : visitors.to(room).except(origin);
      if (view) audience.emit('entry', view);
    }
    if (watched(operatorsNs, room)) operatorsNs.to(room).emit('entry', { conversationId, entry });
    if (listAudience.listening)
      listAudience.emit(
        conversationId,
        summary,
        'conversation',
        operatorSummary(summary, presence.isOnline(conversationId), [
          ...(viewers.get(conversationId) ?? []),
        ]),
      );
    else listAudience.note(conversationId, summary);
  });
  service.on('reply', (conversationId, event) => {
    const room = `c:${conversationId}`;
    if (watched(visitors, room)) visitors.to(room).emit('reply', event);
    if (watched(operatorsNs, room))
      operatorsNs.to(room).emit('reply', { conversationId, ...event });
  });
  service.on('typing', (conversationId, event) => {
    const room = `c:${conversationId}`;
    if (event.who !== 'visitor' && watched(visitors, room))
      visitors.to(room).emit('typing', {
        who: event.who,
        on: event.on,
        ...(event.name ? { name: event.name } : {}),
      });
    if (watched(operatorsNs, room))
      operatorsNs.to(room).emit('typing', { conversationId, ...event });
  });
  service.on('replied', (conversationId, details) => {
    metrics.replies.inc({
      provider: details.provider,
      outcome: details.failed ? 'fallback' : 'answered',
    });
    metrics.replySeconds.observe({ provider: details.provider }, details.latencyMs / 1000);
    recordAttempts(metrics, details.attempts);
    const failed = details.attempts.filter((a) => !notFailures.has(a.outcome));
    if (failed.length > 0)
      logger.warn(
        { conversationId, attempts: details.attempts },
        `AI provider failed: ${failed.map((a) => `${a.provider} ${a.outcome}`).join(', ')}`,
      );
  });
  service.on('created', (_conversationId, channel) => {
    metrics.conversationsCreated.inc({ channel });
  });
  service.on('recovered', (conversationId, details) => {
    metrics.recoveredQuestions.inc({ outcome: details.action }, details.questions);
    logger.warn(
      { conversationId, ...details },
      details.action === 'apology'
        ? 'a question left unanswered by a restart was too old to answer: the visitor is asked to repeat it'
        : 'a question left unanswered by a restart is being answered',
    );
  });
  service.on('handoff', (conversationId, notice) => {
    listAudience.emit(conversationId, store.summary(conversationId), 'handoff', {
      conversationId,
      ...notice,
    });
  });
  // Known once listening: with port 0 or --port, the configured port is not where it is.
  let listeningUrl: string | undefined;
  alertOwner(service, store, notifier, config, logger, () =>
    ownerServerUrl(config(), listeningUrl),
  );
  // Waiting chats nobody took: checked every few seconds against waitingSince in the store.
  const waitSweep = setInterval(
    () =>
      void service
        .expireWaiting()
        .catch((error: unknown) => logger.error({ err: error }, 'checking waiting chats failed')),
    Math.min(5000, Math.max(250, config().handoff.waitTimeout / 4)),
  );
  waitSweep.unref();

  // `chatbot operator revoke` edits operators.json: reload it, and cut off revoked operators.
  const operatorsWatcher = watchFile(dataDir, (_event, file) => {
    if (file !== 'operators.json') return;
    void operators.load().then(
      () => {
        const active = new Set(operators.active().map((operator) => operator.name));
        for (const socket of operatorsNs.sockets.values()) {
          const name = (socket.data as { operator?: { name: string } }).operator?.name;
          if (name && !active.has(name)) {
            const count = disconnectOperator(operatorsNs, name);
            logger.info({ operator: name, sockets: count }, 'operator revoked and disconnected');
          }
        }
      },
      (error: unknown) => logger.error({ err: error }, 'reading operators.json failed'),
    );
  });

  let closing: Promise<void> | undefined;
  return {
    context,
    http,
    io,
    reload: context.reload,
    async listen() {
      // Before anyone can connect: questions a crash or a cut shutdown left unanswered.
      const recovery = await service.recoverUnanswered(config().server.recovery.maxAge);
      for (const { conversationId, error } of recovery.failed)
        logger.error(
          { err: error, conversationId },
          'could not look for an unanswered question in this conversation',
        );
      const port = options.port ?? config().server.port;
      const host =
        options.host ?? config().server.host ?? (options.mode === 'dev' ? '127.0.0.1' : '0.0.0.0');
      await new Promise<void>((done, fail) => {
        http.once('error', fail);
        http.listen(port, host, () => {
          http.off('error', fail);
          done();
        });
      });
      ready = true;
      const address = http.address() as AddressInfo;
      const shownHost =
        host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      listeningUrl = `http://${shownHost}:${address.port}`;
      return { port: address.port, url: listeningUrl };
    },
    close() {
      closing ??= (async () => {
        ready = false;
        // 1. No new connections.
        http.close();
        // 2. Replies already being written may finish, up to the grace period.
        const grace = config().server.shutdownGrace;
        const finished = await Promise.race([
          Promise.allSettled(service.pendingReplies()).then(() => true),
          new Promise<boolean>((done) => setTimeout(() => done(false), grace).unref()),
        ]);
        if (!finished) {
          // Past the grace: replies still being written are cut, and visitors still connected
          // see the half-written text withdrawn. Their questions stay stored, unanswered: the
          // next start answers them (service.recoverUnanswered).
          const cut = service.stopReplies();
          logger.warn(
            { conversations: cut, graceMs: grace },
            'shutdown grace over: replies still being written were cut; the next start answers them',
          );
          await Promise.race([
            Promise.allSettled(service.pendingReplies()),
            new Promise((done) => setTimeout(done, 2000).unref()),
          ]);
        }
        // 3. Close every socket, then flush and release storage. The HTTP server's close waits
        // for every connection, so a browser's idle keep-alive one is cut here, not waited for.
        const closed = new Promise<void>((done) => io!.close(() => done()));
        http.closeAllConnections();
        await closed;
        operatorsWatcher.close();
        clearInterval(waitSweep);
        presence.stop();
        await notifier.close();
        await bot.close();
        await store.close();
      })();
      return closing;
    },
  };
}

/** server.trustProxy as a proxy-addr trust function, with the meanings express gives it. */
function trustFunction(
  value: boolean | number | string,
): (address: string, hop: number) => boolean {
  if (value === true) return () => true;
  if (value === false) return () => false;
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return proxyAddr.compile(value.split(',').map((part) => part.trim()));
}
