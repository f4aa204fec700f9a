/**
 * What an operator does to a conversation: take it over, hand it back, resolve it, reply, add a
 * private note or a tag, and show they are typing.
 */
import { eventRefusal } from '../authorize.js';
import { operatorSummary } from '../views.js';
import { parse } from './acks.js';
import type { OperatorConnection } from './operator.js';

export function handleOperatorActions(connection: OperatorConnection): void {
  const { socket, data, context, handle } = connection;
  const { service, payloads, presence } = context;
  const name = data.operator.name;

  const summaryFor = (conversationId: string) => {
    const summary = context.store.summary(conversationId);
    return summary
      ? operatorSummary(
          summary,
          presence.isOnline(conversationId),
          presence.viewersOf(conversationId),
        )
      : undefined;
  };

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
}
