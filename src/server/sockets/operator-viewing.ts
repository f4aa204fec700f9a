/**
 * What an operator looks at: the conversation list, opening and closing a conversation (and
 * who else has it open), and catching up on one after a reconnect.
 */
import type { Operator } from '../../store/operators.js';
import { visibleTo } from '../authorize.js';
import { operatorSummary } from '../views.js';
import { parse } from './acks.js';
import type { OperatorConnection } from './operator.js';

export function handleOperatorViewing(connection: OperatorConnection): {
  closeConversation(id: string): void;
} {
  const { socket, data, context, handle } = connection;
  const { service, payloads, presence, store } = context;
  const name = data.operator.name;

  // Who is looking is counted per socket (live-presence.ts): every inbox hears of a change in
  // `viewers`, from whichever server it is connected to.
  const closeConversation = (id: string) => {
    void socket.leave(`c:${id}`);
    if (data.open.delete(id)) presence.closed(id, name);
  };

  handle('conversations', async (payload) => listConversations(context, data.operator, payload));

  handle('open', async (payload) => {
    const { id } = parse(payloads.operatorOpen, payload);
    const conversation = await service.get(id);
    if (!data.open.has(id)) {
      data.open.add(id);
      presence.opened(id, name);
    }
    await socket.join(`c:${id}`);
    const timeline = await store.entriesAfter(id, 0);
    return {
      conversation: { ...conversation, timeline },
      online: presence.isOnline(id),
      viewers: presence.viewersOf(id),
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
  const { payloads, presence, store } = context;
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
      operatorSummary(summary, presence.isOnline(summary.id), presence.viewersOf(summary.id)),
    );
  return { conversations };
}
