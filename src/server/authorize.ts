/**
 * The one place operator and admin requests are authenticated and checked against the
 * permission table: an express guard in front of /api/operator and /api/admin, and the check
 * the /operator namespace runs before every event.
 */
import type { NextFunction, Request, Response } from 'express';
import {
  type Actor,
  type ConversationReach,
  can,
  mayWorkOn,
  type OperatorRole,
} from '../domain/permissions.js';
import type { WireError } from '../protocol/errors.js';
import type { Operator } from '../store/operators.js';
import { auditWhenDone } from './audit-trail.js';
import type { ServerContext } from './context.js';
import {
  findRoutePermission,
  operatorEventPermissions,
  type Permission,
} from './permission-map.js';
import { sameSecret } from './routes/respond.js';
import { bearer } from './visitor-token.js';

/** Who the admin token is, in permission checks and the audit log. */
export const adminTokenActor: Actor = { name: 'admin-token', role: 'admin' };

/** The operator a token belongs to; an operator added a moment ago is looked up again. */
export async function operatorFor(
  context: Pick<ServerContext, 'operators'>,
  token: string | undefined,
): Promise<Operator | undefined> {
  const operator = context.operators.authenticate(token);
  if (operator || !token?.startsWith('cbo_')) return operator;
  await context.operators.load();
  return context.operators.authenticate(token);
}

/** Why an actor may not make a request, or undefined when they may. */
export function refusal(
  context: Pick<ServerContext, 'store'>,
  actor: Actor,
  permission: Permission | undefined,
  conversationId: unknown,
): WireError | undefined {
  if (!permission) return { code: 'forbidden', message: 'This request needs a permission' };
  if (!can(actor.role, permission.action))
    return forbidden(`An operator with the ${actor.role} role may not do ${permission.action}`);
  if (!permission.conversation || typeof conversationId !== 'string') return undefined;
  const summary = context.store.summary(conversationId);
  if (summary && !mayWorkOn(actor, summary as ConversationReach))
    return forbidden('This conversation is assigned to someone else or to another team');
  return undefined;
}

function forbidden(message: string): WireError {
  return { code: 'forbidden', message };
}

/** Refusal of an /operator socket event. */
export function eventRefusal(
  context: Pick<ServerContext, 'store'>,
  actor: Actor,
  event: string,
  payload: unknown,
): WireError | undefined {
  const permission = Object.hasOwn(operatorEventPermissions, event)
    ? operatorEventPermissions[event as keyof typeof operatorEventPermissions]
    : undefined;
  const id = payload && typeof payload === 'object' ? (payload as { id?: unknown }).id : undefined;
  return refusal(context, actor, permission, id);
}

/** Which conversations an actor sees in listings. */
export function visibleTo(actor: Actor): (conversation: ConversationReach) => boolean {
  return (conversation) => mayWorkOn(actor, conversation);
}

/**
 * Authenticates an operator (or, under /api/admin, the admin token) and checks the route's
 * permission. A route missing from the table answers 404: it cannot be reached unchecked.
 */
export function restGuard(context: ServerContext, audience: 'operator' | 'admin') {
  return async (request: Request, response: Response, next: NextFunction) => {
    const token = bearer(request.headers.authorization);
    const actor: Actor | undefined =
      audience === 'admin' && context.adminToken && sameSecret(token, context.adminToken)
        ? adminTokenActor
        : await operatorFor(context, token);
    if (!actor) {
      response.status(401).json({ error: 'unauthorized' });
      return;
    }
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const found = findRoutePermission(method, request.baseUrl + request.path);
    if (!found) {
      response.status(404).json({ error: 'not_found' });
      return;
    }
    const refused = refusal(context, actor, found.permission, found.params.id);
    if (refused) {
      response.status(403).json({ error: refused.code, message: refused.message });
      return;
    }
    auditWhenDone(context, request, response, actor, found.permission, found.params.id);
    response.locals.actor = actor;
    if (actor !== adminTokenActor) response.locals.operator = actor;
    next();
  };
}

export type { Actor, OperatorRole };
