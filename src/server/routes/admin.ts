/**
 * Admin: the knowledge status, a reload, deploys and rollbacks, the audit log; behind
 * CHATBOT_ADMIN_TOKEN or an operator whose role allows each route (permission-map.ts).
 */

import express, { type Request, type Router } from 'express';
import { type Deployer, DeployRefused } from '../../deploy/deployer.js';
import { createAuditRoutes } from '../audit-routes.js';
import { restGuard } from '../authorize.js';
import type { ServerContext } from '../context.js';
import { type Handler, route } from './respond.js';

export const adminPaths = ['/api/admin'];

export function adminRoutes(context: ServerContext): Router {
  const router = express.Router();
  // Status, reload, deploys: CHATBOT_ADMIN_TOKEN, or an operator whose role allows the route.
  router.use('/api/admin', restGuard(context, 'admin'));
  router.use(createAuditRoutes(context));
  router.get('/api/admin/status', (_request, response) => {
    response.json({
      knowledge: context.bot.status(),
      ...(context.deployer ? { version: context.deployer.releases.active } : {}),
      conversations: context.store.list().length,
      visitorsOnline: context.presence.online,
    });
  });
  router.post(
    '/api/admin/reload',
    route(async (_request, response) => {
      const reloaded = await context.reload('admin API');
      response.status(reloaded ? 200 : 422).json({ reloaded, knowledge: context.bot.status() });
    }),
  );
  deployRoutes(router, context);
  return router;
}

/**
 * Deploys: the body is a bundle from `chatbot build`, gzip welcome. Parsed only once the admin
 * token has passed, so the larger limit is not open to anyone.
 */
function deployRoutes(router: Router, context: ServerContext): void {
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
    express.json({ limit: '32mb' }),
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
    express.json({ limit: '64kb' }),
    route(
      deploying((deployer, request) => {
        const version = (request.body as { version?: unknown } | undefined)?.version;
        return deployer.rollback(typeof version === 'string' && version ? version : undefined);
      }),
    ),
  );
  router.get('/api/admin/versions', route(deploying(async (deployer) => deployer.versions())));
}
