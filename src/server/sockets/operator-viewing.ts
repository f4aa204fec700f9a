/**
 * What an operator looks at: the conversation list, opening and closing a conversation (and
 * who else has it open), and catching up on one after a reconnect.
 */
import type { Operator } from '../../store/operators.js';
import { visibleTo } from '../authorize.js';
import { operatorSummary } from '../views.js';
import { parse } from './acks.js';
import type { OperatorConnection, OperatorData } from './operator.js';

export function handleOperatorViewing(connection: OperatorConnection): {
  closeConversation(id: string): void;
} {
  const { socket, data, namespace, context, handle } = connection;
  const { service, payloads, presence, viewers, store } = context;
  const name = data.operator.name;

  const broadcastViewers = (conversationId: string) => {
    namespace.to('operators').emit('viewers', {
      conversationId,
      operators: [...(viewers.get(conversationId) ?? [])].sort(),
    });
  };

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

  handle('conversations', async (payload) => listConversations(context, data.operator, payload));

  handle('open', async (payload) => {
    const { id } = parse(payloads.operatorOpen, payload);
    const conversation = await service.get(id);
    data.open.add(id);
    await socket.join(`c:${id}`);
    if (!viewers.has(id)) viewers.set(id, new Set());
    viewers.get(id)!.add(name);
    broadcastViewers(id);
    const timeline = await store.entriesAfter(id, 0);
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
    return { entries: await store.entriesAfter(id, after) };
  });

  return { closeConversation };
}

/** The inbox's list, filtered as asked, with who is online and who is looking. */
function listConversations(
  context: OperatorConnection['context'],
  operator: Operator,
  payload: unknown,
) {
  const { payloads, presence, viewers, store } = context;
  const filter = parse(payloads.list, payload ?? {});
  let list = store.list({
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.lang ? { lang: filter.lang } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.since ? { since: filter.since } : {}),
    ...(filter.until ? { until: filter.until } : {}),
    ...(filter.q ? { text: filter.q } : {}),
  });
  if (filter.online !== undefined)
    list = list.filter((summary) => presence.isOnline(summary.id) === filter.online);
  // Agents list only what their role reaches: theirs, and the unassigned ones of their teams.
  list = list.filter(visibleTo(operator));
  const conversations = list
    .slice(0, filter.limit ?? 200)
    .map((summary) =>
      operatorSummary(summary, presence.isOnline(summary.id), [...(viewers.get(summary.id) ?? [])]),
    );
  return { conversations };
}
