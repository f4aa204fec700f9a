/**
 * Who hears about a conversation on the /operator namespace. Admins and managers, who reach
 * every conversation, share one room; each agent hears only about conversations they may work
 * on, so the live list shows them what the `conversations` listing does.
 */
import type { Namespace } from 'socket.io';
import { type Actor, type ConversationReach, mayWorkOn } from '../domain/permissions.js';

export const everyConversationRoom = 'operators:all';
export const agentsRoom = 'operators:agents';

/** The room an operator's socket joins for list updates. */
export function listRoomOf(actor: Actor): string {
  return actor.role === 'agent' ? agentsRoom : everyConversationRoom;
}

export function hasListeners(namespace: Namespace): boolean {
  return (
    (namespace.adapter.rooms.get(everyConversationRoom)?.size ?? 0) > 0 ||
    (namespace.adapter.rooms.get(agentsRoom)?.size ?? 0) > 0
  );
}

/**
 * Sends list updates to the operators who may see each conversation. An agent also hears the
 * one update that takes a conversation out of their reach (a colleague took it), so their list
 * does not keep offering it; the last reach of each conversation is remembered for that.
 */
export class OperatorAudience {
  private readonly lastReach = new Map<string, ConversationReach>();

  constructor(
    private readonly namespace: Namespace,
    /** With cluster.redis: agents on the other servers are told too. */
    private readonly clustered = false,
  ) {}

  get listening(): boolean {
    return hasListeners(this.namespace);
  }

  /** Remembers a conversation's reach when nobody is listening to be told about it. */
  note(conversationId: string, conversation: ConversationReach): void {
    this.lastReach.set(conversationId, {
      assignee: conversation.assignee,
      team: conversation.team,
    });
  }

  emit(
    conversationId: string,
    conversation: ConversationReach | undefined,
    event: string,
    payload: unknown,
  ): void {
    this.namespace.to(everyConversationRoom).emit(event, payload);
    if (!conversation) return;
    // Unknown here means not seen since start-up: it began unassigned, in its team's queue.
    const before = this.lastReach.get(conversationId) ?? { team: conversation.team };
    this.lastReach.set(conversationId, {
      assignee: conversation.assignee,
      team: conversation.team,
    });
    const reach = { assignee: conversation.assignee, team: conversation.team };
    tellAgents(this.namespace, { reach, before, event, payload });
    // Agents connected to other servers (cluster.redis): each server tells its own.
    if (this.clustered)
      this.namespace.serverSideEmit(agentListEvent, { reach, before, event, payload });
  }
}

const agentListEvent = 'agent-list';

interface AgentListUpdate {
  readonly reach: ConversationReach;
  readonly before: ConversationReach;
  readonly event: string;
  readonly payload: unknown;
}

/** This server's agents who may work on the conversation, or could before this change. */
function tellAgents(namespace: Namespace, update: AgentListUpdate): void {
  for (const id of namespace.adapter.rooms.get(agentsRoom) ?? []) {
    const socket = namespace.sockets.get(id);
    const actor = (socket?.data as { operator?: Actor } | undefined)?.operator;
    if (!socket || !actor) continue;
    if (mayWorkOn(actor, update.reach) || mayWorkOn(actor, update.before))
      socket.emit(update.event, update.payload);
  }
}

/** Once per server with cluster.redis: list updates other servers send for this one's agents. */
export function relayAgentLists(namespace: Namespace): void {
  namespace.on(agentListEvent, (update: AgentListUpdate) => tellAgents(namespace, update));
}
