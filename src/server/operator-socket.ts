/**
 * The operator namespace: authenticated by an operator token on connection, and cut off the
 * moment that operator is revoked. Every event passes the permission table first (./authorize.ts)
 * and, once done, what changes something goes to the audit log. Operators see the changes of the
 * conversations their role reaches (for the list) and,
 * for conversations they open, the live detail: the visitor's draft, bot replies as they are
 * written, who else is looking.
 */
import type { Namespace, Socket } from 'socket.io';
import { ChatError } from '../chat/conversation-service.js';
import { type OperatorClientEvent, operatorClientEvents } from '../protocol/operator.js';
import type { Operator } from '../store/operators.js';
import { recordAudit } from './audit-trail.js';
import { eventRefusal, operatorFor, visibleTo } from './authorize.js';
import type { ServerContext } from './context.js';
import { listRoomOf } from './operator-audience.js';
import { ackOf, invalid } from './payloads.js';
import { operatorEventPermissions } from './permission-map.js';
import { operatorSummary } from './views.js';

interface OperatorData {
  operator: Operator;
  open: Set<string>;
}

const knownEvents = new Set<string>(operatorClientEvents);

export function attachOperatorNamespace(namespace: Namespace, context: ServerContext): void {
  const { service, payloads, presence, viewers, metrics, logger } = context;

  namespace.use(async (socket, next) => {
    const verdict = await context.limits.requestsPerIp.take(
      `ip:${context.clientIp(socket.request)}`,
    );
    if (!verdict.ok) {
      next(
        Object.assign(new Error('rate_limited'), { data: { retryAfterMs: verdict.retryAfterMs } }),
      );
      return;
    }
    const token = (socket.handshake.auth as Record<string, unknown> | undefined)?.token as
      | string
      | undefined;
    const operator = await operatorFor(context, token);
    if (!operator) {
      next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
      return;
    }
    socket.data = { operator, open: new Set() } satisfies OperatorData;
    next();
  });

  const broadcastViewers = (conversationId: string) => {
    namespace.to('operators').emit('viewers', {
      conversationId,
      operators: [...(viewers.get(conversationId) ?? [])].sort(),
    });
  };

  const summaryFor = (conversationId: string) => {
    const summary = context.store.summary(conversationId);
    return summary
      ? operatorSummary(summary, presence.isOnline(conversationId), [
          ...(viewers.get(conversationId) ?? []),
        ])
      : undefined;
  };

  namespace.on('connection', async (socket: Socket) => {
    const data = socket.data as OperatorData;
    const name = data.operator.name;
    await socket.join(['operators', listRoomOf(data.operator), `operator:${name}`]);
    metrics.operatorsOnline.set(countOperators(namespace));
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
    socket.emit('hello', {
      name,
      role: data.operator.role,
      canned: context.config().inbox.canned,
    });

    socket.on('disconnect', () => {
      for (const id of data.open) closeConversation(id);
      metrics.operatorsOnline.set(countOperators(namespace));
    });

    const closeConversation = (id: string) => {
      data.open.delete(id);
      void socket.leave(`c:${id}`);
      const stillOpen = [...namespace.sockets.values()].some(
        (other) =>
          other !== socket &&
          (other.data as OperatorData).operator.name === name &&
          (other.data as OperatorData).open.has(id),
      );
      if (!stillOpen) {
        viewers.get(id)?.delete(name);
        if (viewers.get(id)?.size === 0) viewers.delete(id);
      }
      broadcastViewers(id);
    };

    socket.onAny((event: string, ...args: unknown[]) => {
      if (knownEvents.has(event)) return;
      const ack = args.find((arg) => typeof arg === 'function') as
        | ((response: unknown) => void)
        | undefined;
      const error = {
        code: 'unknown_event',
        message: `Unknown event "${String(event).slice(0, 40)}"`,
      };
      if (ack) ack({ ok: false, error });
      else socket.emit('error', error);
    });

    /** Runs an action, turning domain errors into error replies and anything else into a log line. */
    const handle = (event: string, action: (payload: unknown) => Promise<unknown>) => {
      socket.on(event, async (payload: unknown, callback: unknown) => {
        const ack = ackOf(typeof payload === 'function' ? payload : callback);
        const refused = eventRefusal(context, data.operator, event, payload);
        if (refused) {
          ack({ ok: false, error: refused });
          return;
        }
        try {
          const result = await action(typeof payload === 'function' ? undefined : payload);
          auditEvent(event, payload);
          ack({ ok: true, ...(result as object) });
        } catch (error) {
          if (error instanceof ChatError)
            ack({ ok: false, error: { code: error.code, message: error.message } });
          else if (error instanceof InvalidPayload) ack(error.response);
          else {
            logger.error({ err: error, event }, 'operator action failed');
            ack({ ok: false, error: { code: 'server_error', message: 'The action failed' } });
          }
        }
      });
    };

    handle('conversations', async (payload) => {
      const filter = parse(payloads.list, payload ?? {});
      let list = context.store.list({
        ...(filter.state ? { state: filter.state } : {}),
        ...(filter.lang ? { lang: filter.lang } : {}),
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.since ? { since: filter.since } : {}),
        ...(filter.until ? { until: filter.until } : {}),
        ...(filter.q ? { text: filter.q } : {}),
      });
      list = list.filter(visibleTo(data.operator));
      if (filter.online !== undefined)
        list = list.filter((summary) => presence.isOnline(summary.id) === filter.online);
      const conversations = list
        .slice(0, filter.limit ?? 200)
        .map((summary) =>
          operatorSummary(summary, presence.isOnline(summary.id), [
            ...(viewers.get(summary.id) ?? []),
          ]),
        );
      return { conversations };
    });

    handle('open', async (payload) => {
      const { id } = parse(payloads.operatorOpen, payload);
      const conversation = await service.get(id);
      data.open.add(id);
      await socket.join(`c:${id}`);
      if (!viewers.has(id)) viewers.set(id, new Set());
      viewers.get(id)!.add(name);
      broadcastViewers(id);
      const timeline = await context.store.entriesAfter(id, 0);
      return {
        conversation: { ...conversation, timeline },
        online: presence.isOnline(id),
        viewers: [...viewers.get(id)!].sort(),
      };
    });

    handle('close', async (payload) => {
      const { id } = parse(payloads.operatorOpen, payload);
      closeConversation(id);
      return {};
    });

    handle('sync', async (payload) => {
      const { id, after } = parse(payloads.operatorSync, payload);
      return { entries: await context.store.entriesAfter(id, after) };
    });

    handle('takeover', async (payload) => {
      const { id } = parse(payloads.operatorOpen, payload);
      await service.takeOver(id, data.operator);
      return { summary: summaryFor(id) };
    });

    handle('handback', async (payload) => {
      const { id } = parse(payloads.operatorOpen, payload);
      await service.handBack(id, data.operator);
      return { summary: summaryFor(id) };
    });

    handle('resolve', async (payload) => {
      const { id } = parse(payloads.operatorOpen, payload);
      await service.resolve(id, name);
      return { summary: summaryFor(id) };
    });

    handle('message', async (payload) => {
      const input = parse(payloads.operatorMessage, payload);
      const entry = await service.operatorMessage(input.id, data.operator, {
        text: input.text,
        ...(input.clientId ? { clientId: input.clientId } : {}),
      });
      return { id: entry.id, seq: entry.seq };
    });

    handle('note', async (payload) => {
      const { id, text } = parse(payloads.operatorNote, payload);
      await service.addNote(id, name, text);
      return {};
    });

    handle('tag', async (payload) => {
      const { id, tag } = parse(payloads.operatorTag, payload);
      await service.addTag(id, name, tag);
      return {};
    });

    socket.on('typing', (payload: unknown) => {
      const refused = eventRefusal(context, data.operator, 'typing', payload);
      // Typing has no acknowledgement: a refusal is said with an `error` event.
      if (refused) {
        socket.emit('error', refused);
        return;
      }
      const parsed = payloads.operatorTyping.safeParse(payload);
      if (parsed.success)
        service.typing(parsed.data.id, { who: 'operator', name, on: parsed.data.on });
    });
  });
}

/** A payload that does not parse: answered with the `invalid` acknowledgement it carries. */
class InvalidPayload extends Error {
  constructor(readonly response: ReturnType<typeof invalid>) {
    super('invalid payload');
  }
}

function parse<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) => { success: true; data: T } | { success: false; error: import('zod').ZodError };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidPayload(invalid(parsed.error));
  return parsed.data;
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
