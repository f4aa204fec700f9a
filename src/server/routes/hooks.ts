/**
 * The git host's push webhook, when the knowledge comes from git: it checks its own signature
 * and asks the bot to fetch the new commit.
 */
import express, { type Router } from 'express';
import type { ServerContext } from '../context.js';

export const hookPaths = ['/hooks/git'];

export function hookRoutes(context: ServerContext): Router {
  const router = express.Router();
  const webhook = context.bot.gitWebhook();
  if (webhook) router.post('/hooks/git', (request, response) => webhook(request, response));
  return router;
}
