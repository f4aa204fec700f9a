/**
 * createServer(options) -> { listen, close }: express and socket.io on one port, built the same
 * way for `chatbot dev`, `chatbot start`, the tests and a host app that mounts the chat into its
 * own express server. It composes the parts and owns startup order and graceful shutdown; the
 * routes are in routes/ (composed by http-app.ts), the socket events in sockets/, the domain's
 * events to sockets in fan-out.ts. Must not hold chat or AI logic.
 */

import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Express } from 'express';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import { Server as SocketServer } from 'socket.io';
import { AiEngine } from '../ai/engine.js';
import { ConversationService } from '../chat/conversation-service.js';
import { readProjectEnv } from '../config/env-files.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { configuredIpLocator } from '../geo/ip-location.js';
import { LeadBook } from '../leads/lead-book.js';
import { configuredChannels } from '../notify/channels.js';
import { ownerServerUrl } from '../notify/messages.js';
import { Notifier } from '../notify/notifier.js';
import { alertOwner } from '../notify/owner-alerts.js';
import { AuditLog } from '../store/audit-log.js';
import { storeFor } from '../store/open-store.js';
import { OperatorRegistry } from '../store/operators.js';
import { privateDir } from '../store/private-files.js';
import type { Store } from '../store/store.js';
import { AssignmentDesk } from './assignment-desk.js';
import { botEventReporter, openBot, type ServedBot } from './bot-loading.js';
import { type ClusterLink, connectCluster } from './cluster-adapter.js';
import type { ServerContext } from './context.js';
import { announceRows, forwardToSockets, recordServiceEvents } from './fan-out.js';
import { startHousekeeping } from './housekeeping.js';
import { createHttpApp } from './http-app.js';
import { finishReplies, listenOn, recoverUnanswered, urlOf } from './lifecycle.js';
import { LivePresence } from './live-presence.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { OriginPolicy } from './origins.js';
import { payloadSchemas } from './payloads.js';
import { MemoryPresenceBoard, type PresenceBoard } from './presence-board.js';
import { createLimits, type SharedCounters } from './rate-limits.js';
import { openRedisPresenceBoard } from './redis-presence-board.js';
import { conversationManagement, conversationPaths } from './routes/conversation-management.js';
import { emailPaths, emailRoutes } from './routes/email.js';
import { telegramPaths, telegramRoutes } from './routes/telegram.js';
import { checkSecret, serverSecret } from './secrets.js';
import { shareDeploys } from './shared-deploys.js';
import { attachOperatorNamespace } from './sockets/operator.js';
import { attachVisitorNamespace } from './sockets/visitor.js';
import { relayToTelegram } from './telegram-replies.js';
import { startVisitorEmail } from './visitor-email-setup.js';
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
  /**
   * Where conversations are stored: any driver of the `Store` contract. By default the embedded
   * lowdb store in storage.dir. createServer opens it; close() closes it.
   */
  readonly store?: Store;
  /**
   * Mount the chat on an HTTP server you own: socket.io attaches to it, and `app` is a handler
   * for your express app (`yourApp.use(chat.app)`) that answers the chat's paths and passes
   * every other request on. close() then leaves your server open.
   */
  readonly httpServer?: HttpServer;
  /**
   * The clock retention, conversation management and the grace before a gone agent's chats are
   * requeued count from (tests move it).
   */
  readonly clock?: () => Date;
}

export interface ChatServer {
  /**
   * Answers what a crash left unanswered, then listens (on the port and host of the options or
   * the config). A mounted chat's server that already listens is left as it is.
   */
  listen(): Promise<{ port: number; url: string }>;
  /** Stops taking connections, lets replies in flight finish (up to the grace), flushes storage. */
  close(): Promise<void>;
  /** SIGHUP: re-reads the bot (on a production server, new project files become a version). */
  reload(reason: string): Promise<boolean>;
  readonly context: ServerContext;
  /** Every chat route; standalone it is what `http` serves, mounted it is yours to `use`. */
  readonly app: Express;
  readonly http: HttpServer;
  readonly io: SocketServer;
}

export async function createServer(options: CreateServerOptions): Promise<ChatServer> {
  const projectDir = resolve(options.projectDir);
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger(options.mode);
  const { projectEnv, adminToken } = await serverSecrets(projectDir, options.mode, env);

  // The engine is made once the bot is read; the metrics and reload reports ask it until then.
  const late: { engine?: AiEngine; onReloaded?: () => void } = {};
  let served: ServedBot | undefined;
  const metrics = createMetrics({
    aiSpentToday: () => served && late.engine?.spentToday(served.bot.snapshot.config),
  });
  served = await openBot({
    projectDir,
    mode: options.mode,
    env,
    serverEnv: projectEnv.values as NodeJS.ProcessEnv,
    watch: options.watch ?? true,
    logger,
    onEvent: botEventReporter(logger, metrics, () => late.onReloaded?.()),
  });
  const { bot, dataDir } = served;
  const config = () => bot.snapshot.config;
  const store = await openStore(options.store ?? (await storeFor(served.storage, dataDir)), served);
  const cluster = await joinCluster(served, store, logger, projectEnv.values);
  const deploys = await followDeploys(served, logger).catch(async (error: unknown) => {
    await Promise.all([store.close(), served.bot.close(), cluster?.close()]);
    throw error;
  });
  // With PostgreSQL, operators and leads are shared by every node, in the database.
  const shared = served.storage.driver === 'postgres' ? store : undefined;
  const parts = await openParts(served, store, metrics, logger, projectDir, shared);
  late.engine = parts.engine;
  late.onReloaded = () => {
    parts.notifier.setChannels(configuredChannels(config().notify, config().email));
    parts.engine.prepare(config());
  };
  const status: ServerStatus = { ready: false, url: undefined, io: undefined };
  const board = await presenceBoard(cluster, logger, () =>
    Promise.all([store.close(), served.bot.close(), deploys?.close(), parts.notifier.close()]),
  );
  const context = serverContext(options, { served, store, metrics, logger, adminToken }, parts, {
    status,
    secrets: projectEnv.values,
    counters: cluster?.counters,
    board,
  });
  const extras = await openStatefulRouters(context, options, {
    dataDir,
    parts,
    secret: serverSecret(dataDir, projectEnv.values),
    serverUrl: () => ownerServerUrl(config(), status.url),
  });
  const { management } = extras;
  const mounted = options.httpServer !== undefined;
  const app = createHttpApp(context, {
    mounted,
    demoPage: !mounted && (config().server.demoPage ?? options.mode === 'dev'),
    routers: extras.routers,
  });
  const http = options.httpServer ?? createHttpServer(app);
  const io = attachSockets(http, context, cluster, options.clock);
  status.io = io;
  management.onArchived((ids) => announceRows(io.of('/operator'), context, ids));
  alertOwner(context.service, store, parts.notifier, config, logger, () =>
    ownerServerUrl(config(), status.url),
  );
  const housekeeping = startHousekeeping(
    context,
    dataDir,
    io.of('/operator'),
    shared !== undefined,
  );
  status.listening = () => void management.retention.check();
  return chatServer(options, { context, app, http, io, mounted, status }, async () => {
    housekeeping.stop();
    await context.assignment?.stop();
    await management.retention.stop();
    await context.presence.close();
    await deploys?.close();
    for (const part of [parts.notifier, bot, store]) await part.close();
    await cluster?.close();
  });
}

/**
 * The parts with routes and state of their own: conversation management (with retention) and
 * mail to visitors, and the Telegram channel that relays replies.
 */
async function openStatefulRouters(
  context: ServerContext,
  options: CreateServerOptions,
  setup: {
    readonly dataDir: string;
    readonly parts: Parts;
    readonly secret: Buffer;
    readonly serverUrl: () => string;
  },
) {
  const { dataDir, parts } = setup;
  const management = await conversationManagement(context, {
    dataDir,
    leads: parts.leads,
    notifier: parts.notifier,
    clock: options.clock ?? (() => new Date()),
  });
  const email = await startVisitorEmail({
    dataDir,
    secret: setup.secret,
    service: context.service,
    store: context.store,
    snapshot: () => context.bot.snapshot,
    logger: context.logger,
    registry: context.metrics.registry,
    serverUrl: setup.serverUrl,
  });
  context.visitorEmail = email.visitorEmail;
  relayToTelegram(context);
  const routers = [
    { paths: conversationPaths, router: management.routes },
    { paths: emailPaths, router: emailRoutes(context, email.book, email.secret) },
    { paths: telegramPaths, router: telegramRoutes(context) },
  ];
  return { management, routers };
}

/** What listen() and close() change, and what the presence broadcast needs. */
interface ServerStatus {
  ready: boolean;
  /** Known once listening: with port 0 or --port, the configured port is not where it is. */
  url: string | undefined;
  io: SocketServer | undefined;
  /** Runs once the server listens (the first retention check). */
  listening?: () => void;
}

function chatServer(
  options: CreateServerOptions,
  server: Pick<ChatServer, 'context' | 'app' | 'http' | 'io'> & {
    mounted: boolean;
    status: ServerStatus;
  },
  release: () => Promise<void>,
): ChatServer {
  const { context, http, io, mounted, status } = server;
  let closing: Promise<void> | undefined;
  return {
    context,
    app: server.app,
    http,
    io,
    reload: context.reload,
    async listen() {
      await recoverUnanswered(context);
      const config = context.config();
      const host =
        options.host ?? config.server.host ?? (options.mode === 'dev' ? '127.0.0.1' : '0.0.0.0');
      status.url = http.listening
        ? urlOf(http, host)
        : await listenOn(http, options.port ?? config.server.port, host);
      status.ready = true;
      status.listening?.();
      return { port: (http.address() as AddressInfo).port, url: status.url };
    },
    close() {
      closing ??= (async () => {
        status.ready = false;
        // 1. No new connections (a host app's server is its own to close).
        if (!mounted) http.close();
        // 2. Replies already being written may finish, up to the grace period.
        await finishReplies(context);
        // 3. Close every socket, then flush and release storage.
        await closeSockets(io, http, mounted);
        await release();
      })();
      return closing;
    },
  };
}

/** The environment (.env under process env) and the admin token a production server requires. */
async function serverSecrets(projectDir: string, mode: 'dev' | 'start', env: NodeJS.ProcessEnv) {
  const projectEnv = await readProjectEnv(projectDir, env);
  const adminToken = projectEnv.values.CHATBOT_ADMIN_TOKEN || undefined;
  if (mode === 'start' && (!adminToken || adminToken.length < 24)) {
    throw new ChatbotError(
      'ADMIN_TOKEN_MISSING',
      'CHATBOT_ADMIN_TOKEN is not set, or shorter than 24 characters',
    );
  }
  checkSecret(projectEnv.values);
  return { projectEnv, adminToken };
}

/** Servers sharing one database carry realtime through Redis (cluster.redis). */
async function joinCluster(
  served: ServedBot,
  store: Store,
  logger: Logger,
  secrets: Record<string, string | undefined>,
): Promise<ClusterLink | undefined> {
  const { redis, name } = served.cluster;
  if (!redis) return undefined;
  // Each server's own key would make a visitor a stranger to every server but the first.
  if (!secrets.CHATBOT_SECRET)
    logger.warn(
      'cluster.redis is set but CHATBOT_SECRET is not: this server signs visitor tokens with its own key (data/secret.key), so a visitor sent to another server starts a new conversation. Set the same CHATBOT_SECRET on every server',
    );
  try {
    return await connectCluster({ redis, name }, logger);
  } catch (error) {
    await store.close();
    await served.bot.close();
    throw error;
  }
}

/** Who is online and looking: every server's, through Redis when they share one. */
async function presenceBoard(
  cluster: ClusterLink | undefined,
  logger: Logger,
  release: () => Promise<unknown>,
): Promise<PresenceBoard> {
  if (!cluster) return new MemoryPresenceBoard();
  try {
    return await openRedisPresenceBoard({ ...cluster.counters, logger });
  } catch (error) {
    await release();
    await cluster.close();
    throw error;
  }
}

/** Production servers on one PostgreSQL database serve the same deployed version. */
async function followDeploys(served: ServedBot, logger: Logger) {
  const { deployer, storage } = served;
  if (!deployer || storage.driver !== 'postgres' || !storage.url) return undefined;
  return shareDeploys(deployer, { url: storage.url }, logger);
}

async function openStore(store: Store, served: ServedBot): Promise<Store> {
  try {
    // Operators, leads and the server's secret live here whichever driver stores conversations.
    await privateDir(served.dataDir);
    await store.open();
    return store;
  } catch (error) {
    await served.bot.close();
    throw error;
  }
}

/** What the conversation engine needs besides the bot and the store. */
async function openParts(
  served: ServedBot,
  store: Store,
  metrics: Metrics,
  logger: Logger,
  projectDir: string,
  shared: Store | undefined,
) {
  const { bot, dataDir } = served;
  const config = () => bot.snapshot.config;
  const operators = new OperatorRegistry(dataDir, shared);
  await operators.load();
  const leads = await LeadBook.open(dataDir, shared);
  const notifier = await Notifier.open(
    dataDir,
    configuredChannels(config().notify, config().email),
    { logger },
  );
  const engine = new AiEngine(
    false,
    Date.now,
    (reached) => {
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
    },
    (task, why) =>
      logger.warn({ task, why }, `${task} by the model failed: the offline result is kept`),
  );
  // The configured providers' SDKs load now, not during the first visitor's reply.
  engine.prepare(config());
  const locate = configuredIpLocator(config().server.geo, projectDir, (error, database) =>
    logger.error(
      { err: error, database },
      'the IP location database cannot be read (server.geo.database): conversations get no country or city',
    ),
  );
  const service = new ConversationService({
    store,
    snapshot: () => bot.snapshot,
    engine,
    leads,
    ...(locate ? { locate } : {}),
  });
  return { operators, notifier, engine, service, leads };
}

type Parts = Awaited<ReturnType<typeof openParts>>;

interface Core {
  readonly served: ServedBot;
  readonly store: Store;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly adminToken: string | undefined;
}

function serverContext(
  options: CreateServerOptions,
  core: Core,
  parts: Parts,
  extra: {
    status: ServerStatus;
    secrets: Record<string, string | undefined>;
    counters: SharedCounters | undefined;
    board: PresenceBoard;
  },
): ServerContext {
  const { served, store, metrics, logger } = core;
  const { bot, deployer, dataDir } = served;
  const config = () => bot.snapshot.config;
  const trust = trustFunction(config().server.trustProxy);
  const { status } = extra;
  // Every server sees each change on the board and tells its own operators.
  const inboxesHere = () => status.io?.of('/operator').local.to('operators');
  const presence = new LivePresence(
    extra.board,
    {
      visitor(conversationId, online) {
        metrics.visitorsOnline.set(presence.onlineHere);
        inboxesHere()?.emit('presence', { conversationId, online });
      },
      viewers(conversationId, operators) {
        inboxesHere()?.emit('viewers', { conversationId, operators });
      },
    },
    options.presenceGraceMs,
  );
  const context: ServerContext = {
    mode: options.mode,
    ready: () => status.ready,
    bot,
    store,
    dataDir,
    audit: new AuditLog(dataDir),
    service: parts.service,
    operators: parts.operators,
    tokens: new VisitorTokens(serverSecret(dataDir, extra.secrets)),
    origins: originPolicy(options.mode, config, metrics, logger),
    limits: createLimits(config().server.limits, extra.counters),
    metrics,
    presence,
    logger,
    uploadsDir: join(dataDir, 'uploads'),
    payloads: payloadSchemas(config().server.limits.messageChars),
    adminToken: core.adminToken,
    deployer,
    reload: (reason) => (deployer ? deployer.reload(reason) : bot.reload(reason)),
    config,
    clientIp: (request) => proxyAddr(request, trust),
  };
  return context;
}

function originPolicy(
  mode: 'dev' | 'start',
  config: ServerContext['config'],
  metrics: Metrics,
  logger: Logger,
): OriginPolicy {
  return new OriginPolicy({
    origins: () => config().server.origins,
    mode,
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
}

function attachSockets(
  http: HttpServer,
  context: ServerContext,
  cluster: ClusterLink | undefined,
  clock: (() => Date) | undefined,
): SocketServer {
  const io = new SocketServer(http, {
    maxHttpBufferSize: context.config().server.limits.messageChars * 4 + 4096,
    // Origins are checked by each namespace (below), not here: a page refused at this level
    // gets an opaque transport error, while a namespace can tell it why. The list is read live.
    cors: { origin: true },
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });
  // Before the namespaces are made: each takes the adapter the server has then.
  cluster?.attach(io);
  const visitors = io.of('/visitor');
  const operators = io.of('/operator');
  visitors.use(context.origins.socketGuard);
  operators.use(context.origins.socketGuard);
  attachVisitorNamespace(visitors, context);
  context.assignment = new AssignmentDesk(context, operators, clock);
  context.assignment.start();
  attachOperatorNamespace(operators, context);
  forwardToSockets(visitors, operators, context, cluster !== undefined);
  recordServiceEvents(context);
  return io;
}

async function closeSockets(io: SocketServer, http: HttpServer, mounted: boolean): Promise<void> {
  if (mounted) {
    // socket.io's close() would close the host app's server too: only the chat's part goes.
    io.disconnectSockets(true);
    io.engine.close();
    return;
  }
  // The HTTP server's close waits for every connection, so a browser's idle keep-alive one is
  // cut here, not waited for.
  const closed = new Promise<void>((done) => io.close(() => done()));
  http.closeAllConnections();
  await closed;
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
