/**
 * The HTTP side of the server: express with the middleware every response needs, then one
 * router per audience from src/server/routes/. Composes, never decides: what a route does and
 * whom it lets in is in its own file.
 *
 * To add a route: write `src/server/routes/<audience>.ts` exporting `<audience>Paths` (the path
 * prefixes it answers, so a mounted chat lets every other request through to the host app) and
 * `<audience>Routes(context): Router`, then add one line to `limited` below (or to `unlimited`
 * if load balancers poll it). Test it on a real server: test/server/<audience>.test.ts.
 */
import compression from 'compression';
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import type { ServerContext } from './context.js';
import { adminPaths, adminRoutes } from './routes/admin.js';
import { assetPaths, assetRoutes, demoRoutes } from './routes/assets.js';
import { gapPaths, gapRoutes } from './routes/gaps.js';
import { healthPaths, healthRoutes } from './routes/health.js';
import { hookPaths, hookRoutes } from './routes/hooks.js';
import { operatorPaths, operatorRoutes } from './routes/operator.js';
import { publicApiPaths, publicApiRoutes } from './routes/public-api.js';
import { createStatsRoutes, statsPaths } from './routes/stats.js';
import { visitorPaths, visitorRoutes } from './routes/visitor.js';

interface Audience {
  /** Path prefixes the routes answer (a prefix covers everything below it). */
  readonly paths: readonly string[];
  readonly routes: (context: ServerContext) => Router;
}

/** Polled from one address by balancers and scrapers: never rate-limited. */
const unlimited: readonly Audience[] = [{ paths: healthPaths, routes: healthRoutes }];

/** Behind the per-IP request limit, in this order. */
const limited: readonly Audience[] = [
  { paths: visitorPaths, routes: visitorRoutes },
  { paths: assetPaths, routes: assetRoutes },
  { paths: publicApiPaths, routes: publicApiRoutes },
  { paths: gapPaths, routes: gapRoutes },
  { paths: statsPaths, routes: createStatsRoutes },
  { paths: operatorPaths, routes: operatorRoutes },
  { paths: adminPaths, routes: adminRoutes },
  { paths: hookPaths, routes: hookRoutes },
];

export interface HttpAppOptions {
  /**
   * Mounted into someone else's express app: requests for other paths pass straight through
   * (no headers, limits or 404 of ours), and there is no demo page.
   */
  readonly mounted: boolean;
  /** The demo site at `/` (a standalone dev server by default). */
  readonly demoPage: boolean;
  /** Routers made by createServer with state of their own (conversation management), limited. */
  readonly routers?: readonly { readonly paths: readonly string[]; readonly router: Router }[];
}

export function createHttpApp(context: ServerContext, options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', context.config().server.trustProxy);
  if (options.mounted) {
    const ours = [...unlimited, ...limited, ...(options.routers ?? [])].flatMap(
      (audience) => audience.paths,
    );
    app.use((request, _response, next) =>
      next(ownsPath(ours, request.path) ? undefined : 'router'),
    );
  }
  addCommonMiddleware(app, context);
  for (const audience of unlimited) app.use(audience.routes(context));
  app.use(requestLimit(context));
  for (const audience of limited) app.use(audience.routes(context));
  for (const { router } of options.routers ?? []) app.use(router);
  if (options.mounted) {
    app.use(errorHandler(context));
    return app;
  }
  if (options.demoPage) app.use(demoRoutes(context));
  app.use((_request, response) => {
    response.status(404).json({ error: 'not_found' });
  });
  app.use(errorHandler(context));
  return app;
}

function ownsPath(prefixes: readonly string[], path: string): boolean {
  return prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function addCommonMiddleware(app: Express, context: ServerContext): void {
  // A client gone mid-request fails the request's or the response's stream. An 'error' event
  // nobody listens to ends the process, so every request gets a listener before anything reads
  // it; each route still answers what it parsed (uploads, JSON bodies) on its own.
  app.use((request, response, next) => {
    const clientGone = (error: Error) =>
      context.logger.debug(
        { err: error, path: request.path },
        'client connection failed mid-request',
      );
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
}

/** Everything after health, readiness and metrics is limited per IP. */
function requestLimit(context: ServerContext): express.RequestHandler {
  const { limits, metrics } = context;
  return async (request, response, next) => {
    const verdict = await limits.requestsPerIp.take(`ip:${request.ip}`);
    if (verdict.ok) return next();
    metrics.rateLimited.inc({ kind: 'http' });
    response.set('Retry-After', String(Math.ceil(verdict.retryAfterMs / 1000)));
    response.status(429).json({
      error: 'rate_limited',
      message: 'Too many requests; try again shortly',
      retryAfterMs: verdict.retryAfterMs,
    });
  };
}

function errorHandler(context: ServerContext): express.ErrorRequestHandler {
  return (error: Error & { status?: number; type?: string }, _request, response, _next) => {
    if (error.status && error.status < 500) {
      response.status(error.status).json({
        error: error.type === 'entity.too.large' ? 'too_large' : 'invalid',
        message: error.message,
      });
      return;
    }
    context.logger.error({ err: error }, 'request failed');
    response.status(500).json({ error: 'server_error' });
  };
}
