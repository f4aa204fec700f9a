/**
 * What every router shares: the handler wrapper that turns domain refusals into HTTP statuses,
 * and a constant-time comparison for API keys and the admin token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ChatError } from '../../chat/conversation-service.js';

export type Handler = (request: Request, response: Response) => Promise<unknown>;

/** Express 5 passes rejected promises on; this turns domain errors into their HTTP status. */
export function route(handler: Handler) {
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      await handler(request, response);
    } catch (error) {
      if (error instanceof ChatError) {
        const status = error.code === 'not_found' ? 404 : error.code === 'forbidden' ? 403 : 400;
        response.status(status).json({ error: error.code, message: error.message });
        return;
      }
      next(error);
    }
  };
}

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
