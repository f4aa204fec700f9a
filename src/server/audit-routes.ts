/**
 * GET /api/admin/audit: the audit log of a running server, filtered, with the chain's verdict.
 * Mounted behind the /api/admin guard, whose permission table gives it to admins only.
 */
import express, { type Router } from 'express';
import { parseDuration } from '../config/duration.js';
import { filterAudit, verifyAuditLines } from '../store/audit-log.js';
import type { ServerContext } from './context.js';

/** `7d`, `12h` (that long ago) or a date; undefined when absent, null when unreadable. */
export function sinceDate(text: string | undefined, now = new Date()): Date | undefined | null {
  if (!text) return undefined;
  const ms = parseDuration(text);
  if (ms !== undefined) return new Date(now.getTime() - ms);
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function createAuditRoutes(context: Pick<ServerContext, 'audit'>): Router {
  const router = express.Router();
  router.get('/api/admin/audit', (request, response) => {
    const query = request.query as Record<string, string | undefined>;
    const since = sinceDate(query.since);
    if (since === null)
      return void response
        .status(400)
        .json({ error: 'invalid', message: 'since must be a duration (7d, 12h) or a date' });
    const lines = context.audit.lines();
    const records = lines.flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
    response.json({
      verified: verifyAuditLines(lines),
      entries: filterAudit(records, {
        ...(since ? { since } : {}),
        ...(query.actor ? { actor: query.actor } : {}),
        ...(query.action ? { action: query.action } : {}),
      }),
    });
  });
  return router;
}
