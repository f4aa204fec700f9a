/**
 * Customer memory over the socket: `past` lists the other conversations of the open one's
 * person (same visitor id, email or phone), and `peek` reads one of them once, without following
 * it live. The permission table has already checked that the operator reaches the conversation
 * asked about; each linked conversation is then shown only if their role reaches it too (an
 * agent: their own, and unassigned ones of their teams or of the shared queue), and the others
 * are only counted.
 */
import { linkedConversations, pastConversation } from '../../chat/customer-memory.js';
import type { PastResult, PeekResult } from '../../protocol/operator.js';
import { visibleTo } from '../authorize.js';
import { parse } from './acks.js';
import type { OperatorConnection } from './operator.js';

export function handleOperatorMemory(connection: OperatorConnection): void {
  const { data, context, handle } = connection;
  const { payloads, store, service } = context;

  handle('past', async (payload): Promise<PastResult> => {
    const { id } = parse(payloads.operatorOpen, payload);
    await service.get(id);
    const current = store.summary(id)!;
    const linked = linkedConversations(store, id);
    const reachable = linked.filter(visibleTo(data.operator));
    return {
      conversations: reachable.map((summary) => pastConversation(summary, current)),
      hidden: linked.length - reachable.length,
    };
  });

  handle('peek', async (payload): Promise<PeekResult> => {
    const { id } = parse(payloads.operatorOpen, payload);
    const conversation = await service.get(id);
    return { conversation: { ...conversation, timeline: await store.entriesAfter(id, 0) } };
  });
}
