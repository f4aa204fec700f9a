/**
 * GET /api/operator/gaps?since=30d&lang=ru: the knowledge-gap report of a running server, for
 * `chatbot gaps --url`. Visitors' questions, grouped: for operators with the admin role, who
 * own the knowledge, not for every agent.
 */
import { type Request, Router } from 'express';
import { gapReport, servedLanguage, sinceTime } from '../../insight/gap-report.js';
import type { Operator } from '../../store/operators.js';
import type { ServerContext } from '../context.js';
import { bearer } from '../visitor-token.js';

export const gapPaths = ['/api/operator/gaps'];

export function gapRoutes(context: ServerContext): Router {
  const router = Router();
  const operatorOf = async (request: Request): Promise<Operator | undefined> => {
    const token = bearer(request.headers.authorization);
    const known = context.operators.authenticate(token);
    if (known || !token?.startsWith('cbo_')) return known;
    // A token made since the server last read the operators file.
    await context.operators.load();
    return context.operators.authenticate(token);
  };
  router.get('/api/operator/gaps', async (request, response, next) => {
    try {
      const operator = await operatorOf(request);
      if (!operator) return void response.status(401).json({ error: 'unauthorized' });
      if (operator.role !== 'admin')
        return void response
          .status(403)
          .json({ error: 'forbidden', message: 'The gaps need the admin role' });
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
