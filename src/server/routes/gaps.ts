/**
 * GET /api/operator/gaps?since=30d&lang=ru: the knowledge-gap report of a running server, for
 * `chatbot gaps --url`. Visitors' questions, grouped: for operators with the admin role, who
 * own the knowledge, not for every agent.
 */

import { Router } from 'express';
import { gapReport, servedLanguage, sinceTime } from '../../insight/gap-report.js';
import { restGuard } from '../authorize.js';
import type { ServerContext } from '../context.js';

export const gapPaths = ['/api/operator/gaps'];

export function gapRoutes(context: ServerContext): Router {
  const router = Router();
  // The permission table decides who may read them (gaps.read: managers and admins).
  router.use('/api/operator/gaps', restGuard(context, 'operator'));
  router.get('/api/operator/gaps', async (request, response, next) => {
    try {
      const query = request.query as Record<string, unknown>;
      const since = typeof query.since === 'string' ? query.since : undefined;
      const lang = typeof query.lang === 'string' ? query.lang.slice(0, 16) : undefined;
      const from = sinceTime(since, new Date());
      if (from === null)
        return void response
          .status(400)
          .json({ error: 'invalid', message: 'since must be a duration like 30d or 12h' });
      const snapshot = context.bot.snapshot;
      if (lang && !servedLanguage(snapshot, lang))
        return void response
          .status(400)
          .json({ error: 'invalid', message: `The bot has no language "${lang}"` });
      const records = await context.store.gaps({
        ...(from ? { since: from } : {}),
        ...(lang ? { lang: servedLanguage(snapshot, lang) } : {}),
      });
      response.json(gapReport(snapshot, records, since ? { since } : {}));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
