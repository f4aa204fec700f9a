/**
 * Health, readiness and metrics: polled by load balancers and scrapers from one address, so
 * they sit before the per-IP limit (a 429 there would take the server out of rotation).
 */
import express, { type Router } from 'express';
import type { ServerContext } from '../context.js';
import { route } from './respond.js';

export const healthPaths = ['/healthz', '/readyz', '/metrics'];

export function healthRoutes(context: ServerContext): Router {
  const router = express.Router();
  const { metrics, presence } = context;

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
      metrics.visitorsOnline.set(presence.onlineHere);
      response.set('Content-Type', metrics.registry.contentType);
      response.send(await metrics.registry.metrics());
    }),
  );

  return router;
}
