/**
 * GET /api/operator/stats: the KPIs `chatbot stats` prints, for `chatbot stats --url` and the
 * inbox's stats screen. A report is computed from the store's conversation list rows (either
 * driver), kept for a few seconds, and shared by requests that ask the same while it is being
 * computed: ten inboxes on the stats screen cost one pass over the list.
 */

import express, { type Router } from 'express';
import { ChatbotError } from '../../errors/chatbot-error.js';
import { computeStats } from '../../stats/compute.js';
import { periodOf } from '../../stats/period.js';
import type { StatsReport } from '../../stats/report.js';
import { StoreFacts } from '../../stats/store-facts.js';
import { restGuard } from '../authorize.js';
import type { ServerContext } from '../context.js';

/** How long a report is reused: the inbox refreshes the screen every few seconds. */
const reuseMs = 3000;

export const statsPaths = ['/api/operator/stats'];

export function createStatsRoutes(context: ServerContext): Router {
  const router = express.Router();
  const source = new StoreFacts(context.store);
  const recent = new Map<string, { at: number; report: Promise<StatsReport> }>();

  // The permission table decides who may read them (stats.read: managers and admins).
  router.use('/api/operator/stats', restGuard(context, 'operator'));
  router.get('/api/operator/stats', async (request, response, next) => {
    const query = request.query as Record<string, unknown>;
    const text = (name: string) =>
      typeof query[name] === 'string' ? (query[name] as string) : undefined;
    try {
      const now = new Date();
      const period = periodOf(
        {
          ...(text('since') ? { since: text('since') } : {}),
          ...(text('from') ? { from: text('from') } : {}),
          ...(text('to') ? { to: text('to') } : {}),
          ...(text('by') ? { by: text('by') } : {}),
        },
        now,
      );
      const key = JSON.stringify([text('since'), text('from'), text('to'), text('by')]);
      let cached = recent.get(key);
      if (!cached || now.getTime() - cached.at > reuseMs) {
        for (const [old, entry] of recent)
          if (now.getTime() - entry.at > reuseMs) recent.delete(old);
        cached = {
          at: now.getTime(),
          report: computeStats(source, period, {
            prices: context.config().ai.prices ?? {},
            now,
          }),
        };
        recent.set(key, cached);
        cached.report.catch(() => recent.delete(key));
      }
      response.json(await cached.report);
    } catch (error) {
      if (error instanceof ChatbotError && error.code === 'USAGE') {
        response
          .status(400)
          .json({ error: 'invalid', message: error.message.replaceAll('--', '') });
        return;
      }
      next(error);
    }
  });
  return router;
}
