/**
 * The operator namespace: authenticated by an operator token on connection, and cut off the
 * moment that operator is revoked. Every event passes the permission table first (../authorize.ts)
 * and, once done, what changes something goes to the audit log. Operators see the changes of the
 * conversations their role reaches (for the list) and, for conversations they open, the live detail: the visitor's draft, bot replies as they are
 * written, who else is looking. The events are handled by group: operator-viewing.ts (the list,
 * open, close, sync) and operator-actions.ts (take over, hand back, resolve, reply, typing).
 */
import type { Namespace, Socket } from 'socket.io';
import { type OperatorClientEvent, operatorClientEvents } from '../../protocol/operator.js';
import type { Operator } from '../../store/operators.js';
import { recordAudit } from '../audit-trail.js';
import { eventRefusal, operatorFor } from '../authorize.js';
import type { ServerContext } from '../context.js';
import { listRoomOf } from '../operator-audience.js';
import { ackOf } from '../payloads.js';
import { operatorEventPermissions } from '../permission-map.js';
import { answer, refuseUnknownEvents } from './acks.js';
import { handleOperatorActions } from './operator-actions.js';
import { handleOperatorAssignment } from './operator-assignment.js';
import { handleOperatorMemory } from './operator-memory.js';
import { handleOperatorViewing } from './operator-viewing.js';

export interface OperatorData {
  operator: Operator;
  open: Set<string>;
}

/** One connected inbox, as the event handlers see it. */
export interface OperatorConnection {
  readonly socket: Socket;
  readonly data: OperatorData;
  readonly namespace: Namespace;
  readonly context: ServerContext;
  /** Registers an acknowledged action: its result is the acknowledgement, its refusal too. */
  handle(event: string, action: (payload: unknown) => Promise<object>): void;
}

const knownEvents = new Set<string>(operatorClientEvents);

export function attachOperatorNamespace(namespace: Namespace, context: ServerContext): void {
  const { metrics, logger } = context;
  namespace.use(async (socket, next) => {
    const refusal = await admit(socket, context);
    next(refusal);
  });

  namespace.on('connection', async (socket: Socket) => {
    const data = socket.data as OperatorData;
    const name = data.operator.name;
    await socket.join(['operators', listRoomOf(data.operator), `operator:${name}`]);
    const ip = context.clientIp(socket.request);
    recordAudit(context, { actor: name, role: data.operator.role, action: 'sign-in', ip });
    /** Appends a successful event that changes something to the audit log. */
    const auditEvent = (event: string, payload: unknown) => {
      const audit = operatorEventPermissions[event as OperatorClientEvent]?.audit;
      const target = (payload as { id?: unknown } | undefined)?.id;
      if (audit)
        recordAudit(context, {
          actor: name,
          role: data.operator.role,
          action: audit,
          ...(typeof target === 'string' ? { target } : {}),
          ip,
        });
    };
    context.presence.operatorConnected(data.operator);
    metrics.operatorsOnline.set(countOperators(namespace));
    socket.emit('hello', {
      name,
      role: data.operator.role,
      canned: context.config().inbox.canned,
    });
    const connection: OperatorConnection = {
      socket,
      data,
      namespace,
      context,
      handle(event, action) {
        socket.on(event, async (payload: unknown, callback: unknown) => {
          const ack = ackOf(typeof payload === 'function' ? payload : callback);
          // Every event passes the permission table first (permission-map.ts).
          const refused = eventRefusal(context, data.operator, event, payload);
          if (refused) return ack({ ok: false, error: refused });
          await answer(
            ack,
            logger,
            async () => {
              const result = await action(typeof payload === 'function' ? undefined : payload);
              auditEvent(event, payload);
              return result;
            },
            {
              log: 'operator action failed',
              message: 'The action failed',
              event,
            },
          );
        });
      },
    };
    const viewing = handleOperatorViewing(connection);
    socket.on('disconnect', () => {
      for (const id of data.open) viewing.closeConversation(id);
      context.presence.operatorDisconnected(name);
      metrics.operatorsOnline.set(countOperators(namespace));
      context.assignment?.operatorOffline(name);
    });
    refuseUnknownEvents(socket, knownEvents);
    handleOperatorActions(connection);
    handleOperatorAssignment(connection);
    handleOperatorMemory(connection);
    // Chats waiting in this operator's teams' queues may go to them now.
    context.assignment?.operatorOnline();
  });
}

/** Checks the connection's rate and token; the error to refuse it with, if any. */
async function admit(socket: Socket, context: ServerContext): Promise<Error | undefined> {
  const verdict = await context.limits.requestsPerIp.take(`ip:${context.clientIp(socket.request)}`);
  if (!verdict.ok)
    return Object.assign(new Error('rate_limited'), {
      data: { retryAfterMs: verdict.retryAfterMs },
    });
  const token = (socket.handshake.auth as Record<string, unknown> | undefined)?.token as
    | string
    | undefined;
  const operator = await operatorFor(context, token);
  if (!operator)
    return Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } });
  socket.data = { operator, open: new Set() } satisfies OperatorData;
  return undefined;
}

function countOperators(namespace: Namespace): number {
  return new Set(
    [...namespace.sockets.values()].map((socket) => (socket.data as OperatorData).operator.name),
  ).size;
}

/** Disconnects every live socket of an operator who was revoked. */
export function disconnectOperator(namespace: Namespace, name: string): number {
  let count = 0;
  for (const socket of namespace.sockets.values()) {
    if ((socket.data as OperatorData).operator.name === name) {
      socket.emit('error', { code: 'revoked', message: 'Your operator token was revoked' });
      socket.disconnect(true);
      count++;
    }
  }
  return count;
}
