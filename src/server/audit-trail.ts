/**
 * The server's side of the audit log: what an operator or admin did, appended once it has
 * succeeded. A failing audit write is logged loudly but does not undo the action the person
 * already saw happen.
 */
import type { Request, Response } from 'express';
import type { Actor } from '../domain/permissions.js';
import type { AuditEvent } from '../store/audit-log.js';
import type { ServerContext } from './context.js';
import type { Permission } from './permission-map.js';

export function recordAudit(
  context: Pick<ServerContext, 'audit' | 'logger'>,
  event: AuditEvent,
): void {
  try {
    context.audit.append(event);
  } catch (error) {
    context.logger.error({ err: error, audit: event }, 'the audit log could not be written');
  }
}

/** Appends a REST action to the audit log when its response says it succeeded. */
export function auditWhenDone(
  context: Pick<ServerContext, 'audit' | 'logger'>,
  request: Request,
  response: Response,
  actor: Actor,
  permission: Permission,
  target: string | undefined,
): void {
  const action = permission.audit;
  if (!action) return;
  response.on('finish', () => {
    if (response.statusCode >= 400) return;
    const dryRun = request.query.dryRun === '1' || request.query.dryRun === 'true';
    recordAudit(context, {
      actor: actor.name,
      role: actor.role,
      action,
      ...(target ? { target } : {}),
      ...(request.ip ? { ip: request.ip } : {}),
      ...(dryRun ? { details: { dryRun: true } } : {}),
    });
  });
}
