/**
 * How both namespaces answer: an event they do not know is refused by name, a domain refusal is
 * acknowledged as it is, anything else is logged and acknowledged as a server error.
 */
import type { Socket } from 'socket.io';
import type { ZodError } from 'zod';
import { ChatError } from '../../chat/conversation-service.js';
import type { WireError } from '../../protocol/errors.js';
import type { ServerContext } from '../context.js';
import { type Ack, invalid } from '../payloads.js';

/** Refuses events outside `known`, through the acknowledgement when there is one. */
export function refuseUnknownEvents(socket: Socket, known: ReadonlySet<string>): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (known.has(event)) return;
    const ack = args.find((arg) => typeof arg === 'function') as Ack | undefined;
    const error: WireError = {
      code: 'unknown_event',
      message: `Unknown event "${String(event).slice(0, 40)}"`,
    };
    if (ack) ack({ ok: false, error });
    else socket.emit('error', error);
  });
}

/** A payload that does not parse: answered with the `invalid` acknowledgement it carries. */
export class InvalidPayload extends Error {
  constructor(readonly response: ReturnType<typeof invalid>) {
    super('invalid payload');
  }
}

export function parse<T>(
  schema: {
    safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: ZodError };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidPayload(invalid(parsed.error));
  return parsed.data;
}

/** Runs a request and acknowledges it: refusals as they are, anything else logged. */
export async function answer(
  ack: Ack,
  logger: ServerContext['logger'],
  task: () => Promise<object>,
  failure: { log: string; message: string; event?: string },
): Promise<void> {
  try {
    ack({ ok: true, ...(await task()) });
  } catch (error) {
    if (error instanceof ChatError)
      return ack({ ok: false, error: { code: error.code, message: error.message } });
    if (error instanceof InvalidPayload) return ack(error.response);
    logger.error({ err: error, ...(failure.event ? { event: failure.event } : {}) }, failure.log);
    ack({ ok: false, error: { code: 'server_error', message: failure.message } });
  }
}
